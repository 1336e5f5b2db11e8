package jp.kojo.zaikei.boundary;

import jakarta.ejb.ApplicationException;

/** The deposit statement does not exist or is another employer's: the two are not told apart. */
@ApplicationException(rollback = true)
public class NoSuchDepositException extends RuntimeException {
    public NoSuchDepositException(long id) {
        super("No deposit statement " + id);
    }
}
