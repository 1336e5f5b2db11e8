package jp.kojo.zaikei.boundary;

import jakarta.ejb.ApplicationException;

/** The statement does not exist or is another employer's: the two are not told apart. */
@ApplicationException(rollback = true)
public class NoSuchStatementException extends RuntimeException {
    public NoSuchStatementException(long id) {
        super("No savings statement " + id);
    }
}
