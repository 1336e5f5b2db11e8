package jp.kojo.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The page's language for the template ({@code <f:view locale>}, {@code <html lang>}) and the switch link. */
@Named
@RequestScoped
public class LanguageChoice {
    @Inject
    HttpServletRequest request;

    private Language language;

    private Language language() {
        if (language == null) {
            language = Language.of(request);
        }
        return language;
    }

    public Locale getLocale() {
        return language().locale();
    }

    /** "ja" or "en", for {@code lang} attributes. */
    public String getCode() {
        return language().code();
    }

    public boolean isEnglish() {
        return language() == Language.ENGLISH;
    }

    /** The language the switch offers. */
    public String getOtherCode() {
        return language().other().code();
    }

    /** The page the browser asked for (the original one on an error page), switching to the other language. */
    public String getSwitchUrl() {
        String errorUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String forwardUri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = errorUri != null ? errorUri : forwardUri != null ? forwardUri : request.getRequestURI();
        // Servlet 6.0 keeps no query string of an error dispatch: an error page switches to the bare path.
        String query = errorUri != null ? null
                : forwardUri != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return LanguageLinks.sameTarget(path, query, language().other());
    }
}
