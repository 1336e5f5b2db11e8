package jp.kojo.web.api.v1;

/** Query parameters read by hand, so a bad value is a 400 naming it (JAX-RS would answer 404). */
final class QueryParameters {
    private QueryParameters() {
    }

    static int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiProblem(400, "api.badParameter", name);
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ApiProblem(400, "api.badParameter", name);
    }

    /** An enum constant by its name, or {@code absent} when the parameter is not given. */
    static <E extends Enum<E>> E constant(String name, String value, Class<E> type, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(400, "api.badParameter", name);
        }
    }
}
