package jp.kojo.savings.boundary;

import jakarta.ejb.ApplicationException;

/** The breakdown statement does not exist or is another union's: the two are not told apart. */
@ApplicationException(rollback = true)
public class NoSuchCollectiveStatementException extends RuntimeException {
    public NoSuchCollectiveStatementException(long id) {
        super("No collective savings statement " + id);
    }
}
