package jp.kojo.web.language;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds same-site targets: this request's path with its query, the language parameter replaced or removed. */
public final class LanguageLinks {
    private LanguageLinks() {
    }

    /**
     * @param path     the request URI (always absolute on this host; a leading {@code //} is collapsed so
     *                 it can never read as another host)
     * @param query    the raw query string, may be null
     * @param language the language to switch to, or null to drop the parameter
     */
    public static String sameTarget(String path, String query, Language language) {
        String safePath = "/" + path.replaceFirst("^[/\\\\]+", "");
        StringJoiner params = new StringJoiner("&");
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!pair.isEmpty() && !Language.PARAMETER.equals(name)) {
                    params.add(pair);
                }
            }
        }
        if (language != null) {
            params.add(Language.PARAMETER + "=" + URLEncoder.encode(language.code(), StandardCharsets.UTF_8));
        }
        return params.length() == 0 ? safePath : safePath + "?" + params;
    }
}
