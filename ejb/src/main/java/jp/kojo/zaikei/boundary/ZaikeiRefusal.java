package jp.kojo.zaikei.boundary;

/** Why a deposit statement action was refused; the screens turn each into a message. */
public enum ZaikeiRefusal {
    // The bank's rules on a change (ZaikeiChangeRule).
    NO_SUCH_CONTRACT, ALREADY_CHANGED, AMOUNT_NOT_THOUSANDS, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, NOT_TAX_FREE_AGE,
    ONE_PER_PERSON, TAX_FREE_LIMIT, STOPPED_CANNOT_CHANGE, ALREADY_STOPPED, NOT_STOPPED, PERSON_REQUIRED,
    NAME_REQUIRED, BIRTH_DATE_REQUIRED, KIND_REQUIRED, SAME_AMOUNT,
    /** A change kind was not chosen. */
    CHANGE_KIND_REQUIRED,
    /** The change does not exist or belongs to another deposit statement. */
    NO_SUCH_CHANGE,
    NO_UPDATE_RIGHT,
    // The approve-then-send workflow (CycleWorkflow).
    FROZEN, NOT_APPROVED, ALREADY_APPROVED, SAME_USER_AS_LAST_CHANGE, NO_SEND_RIGHT,
    /** Past the end of the day 4 business days before the deposit date. */
    DEADLINE_PASSED
}
