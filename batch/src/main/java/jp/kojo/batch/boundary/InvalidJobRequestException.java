package jp.kojo.batch.boundary;

import jakarta.ejb.ApplicationException;

/** A job request the administrator can correct (bad file name, format, encoding, unknown execution). */
@ApplicationException(rollback = true)
public class InvalidJobRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidJobRequestException(String message) {
        super(message);
    }

    public InvalidJobRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
