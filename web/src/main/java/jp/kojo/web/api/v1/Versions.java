package jp.kojo.web.api.v1;

/** The line version a change is based on, from If-Match: the ETag as sent ({@code "3"}) or the bare number. */
final class Versions {
    private Versions() {
    }

    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiProblem(428, "api.ifMatchRequired");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiProblem(400, "api.ifMatchMalformed");
    }
}
