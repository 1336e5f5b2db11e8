package jp.kojo.account.boundary;

/** How a bank's deletion of a master ended. */
public enum MasterDeletionOutcome {
    DELETED,
    /** No master of that login id that is not deleted already (also for an organisation's general user). */
    NO_SUCH_MASTER,
    REFERENCE_MISSING,
    REASON_MISSING
}
