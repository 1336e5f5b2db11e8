package jp.kojo.registration.boundary;

import java.util.List;
import jp.kojo.account.boundary.PasswordRule;

/** The outcome; for FORM_INVALID the fields and password rules that were broken. */
public record RegistrationResult(RegistrationOutcome outcome, List<RegistrationProblem> problems,
                                 List<PasswordRule> passwordRules) {
    static RegistrationResult of(RegistrationOutcome outcome) {
        return new RegistrationResult(outcome, List.of(), List.of());
    }
}
