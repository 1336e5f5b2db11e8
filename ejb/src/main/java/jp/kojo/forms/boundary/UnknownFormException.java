package jp.kojo.forms.boundary;

import jakarta.ejb.ApplicationException;

/** No form has this URL name: the web tier answers 404. */
@ApplicationException(rollback = true)
public class UnknownFormException extends RuntimeException {
    public UnknownFormException(String slug) {
        super("No printable form named " + slug);
    }
}
