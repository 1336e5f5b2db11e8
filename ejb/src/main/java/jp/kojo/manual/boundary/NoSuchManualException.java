package jp.kojo.manual.boundary;

import jakarta.ejb.ApplicationException;

/** No manual with this name. */
@ApplicationException
public class NoSuchManualException extends RuntimeException {
    public NoSuchManualException(String slug) {
        super("No manual " + slug);
    }
}
