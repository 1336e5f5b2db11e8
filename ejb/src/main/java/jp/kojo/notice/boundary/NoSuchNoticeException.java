package jp.kojo.notice.boundary;

import jakarta.ejb.ApplicationException;

/**
 * No notice with this id that this visitor may see now. Missing, not yet published, withdrawn and
 * other-audience notices all end here alike, so an id reveals nothing.
 */
@ApplicationException
public class NoSuchNoticeException extends RuntimeException {
    public NoSuchNoticeException(long id) {
        super("No visible notice " + id);
    }
}
