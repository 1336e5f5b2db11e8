package jp.kojo.registration.boundary;

/** What became of a bank operator's registration of an initial password. */
public enum InitialPasswordOutcome {
    REGISTERED, NO_SUCH_CONTRACT, MASTER_EXISTS, PASSWORD_FORM, CONFIRMATION_MISMATCH, REFERENCE_MISSING
}
