package jp.kojo.registration.boundary;

/** A field of the registration form that is not filled in as it must be. */
public enum RegistrationProblem {
    LOGIN_ID, DISPLAY_NAME, EMAIL
}
