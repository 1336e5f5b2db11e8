package jp.kojo.deduction.boundary;

import jakarta.ejb.ApplicationException;

/** The cycle does not exist or holds nothing of the caller's organisation: the two are not told apart. */
@ApplicationException(rollback = true)
public class NoSuchCycleException extends RuntimeException {
    public NoSuchCycleException(long cycleId) {
        super("No request list for cycle " + cycleId);
    }
}
