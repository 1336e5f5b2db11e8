package jp.kojo.web.api.v1;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The API's texts: Japanese from the screens' bundle, English when the caller's Accept-Language prefers it.
 * Also writes a refusal from outside JAX-RS (the authentication mechanism, the filters) as {@code {"message"}}.
 */
public final class ApiLanguage {
    private static final String BUNDLE = "jp.kojo.web.messages";
    /** Where the API lives, below the context root. */
    public static final String PREFIX = "/api/v1/";

    private ApiLanguage() {
    }

    /** English only when Accept-Language prefers it over Japanese; Japanese otherwise, also for rubbish. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("ja", "en"));
            return "en".equals(tag) ? Locale.ENGLISH : Locale.JAPANESE;
        } catch (IllegalArgumentException malformed) {
            return Locale.JAPANESE;
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the request is one of the API's, which answers in JSON rather than with pages or redirects. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
    }

    /** Writes {@code {"message": ...}} with the status, for refusals made before JAX-RS is reached. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String message = text(locale(request.getHeader("Accept-Language")), key);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("message", message).build().toString());
        response.getWriter().flush();
    }
}
