package jp.kojo.web.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/** The two screen languages; Japanese unless the user chose English (kept in a cookie). */
public enum Language {
    JAPANESE("ja"),
    ENGLISH("en");

    /** Cookie and query parameter that carry the choice. */
    public static final String COOKIE = "kojo-lang";
    public static final String PARAMETER = "lang";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == JAPANESE ? ENGLISH : JAPANESE;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language the request's cookie names, Japanese without one. */
    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return ofCode(cookie.getValue()).orElse(JAPANESE);
                }
            }
        }
        return JAPANESE;
    }
}
