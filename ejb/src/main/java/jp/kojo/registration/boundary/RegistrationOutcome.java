package jp.kojo.registration.boundary;

/**
 * REFUSED stands for every reason the contract number and initial password are not accepted (unknown, wrong,
 * used, expired, locked, a master exists): one answer, so contract numbers cannot be probed.
 */
public enum RegistrationOutcome {
    REGISTERED, REFUSED, FORM_INVALID, LOGIN_ID_TAKEN
}
