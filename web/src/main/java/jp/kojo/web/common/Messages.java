package jp.kojo.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns message keys of the screen bundle, in the view's language, into texts and Faces messages. */
public final class Messages {
    private static final String BUNDLE = "jp.kojo.web.messages";

    private Messages() {
    }

    /** The text of {@code key}, its {@code {0}}... placeholders filled with {@code args}. */
    public static String text(String key, Object... args) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
