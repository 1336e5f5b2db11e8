package jp.kojo.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import jp.kojo.account.boundary.Authentication;
import jp.kojo.account.boundary.AuthenticatedUser;
import jp.kojo.account.boundary.LoginResult;

/** The identity store over Kojo's database: certificate ownership and PBKDF2 password, checked together. */
@ApplicationScoped
public class KojoIdentityStore implements IdentityStore {
    @EJB
    Authentication authentication;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CertificatePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = authentication.login(login.loginId(), login.password(), login.certificateSerial(),
                login.certificateFingerprint(), login.remoteAddress());
        login.clear();
        attempt.setOutcome(result.outcome());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        AuthenticatedUser user = result.user().orElseThrow();
        attempt.setPasswordMustChange(user.passwordMustChange());
        return new CredentialValidationResult(user.loginId(), user.roles());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        // Groups come with the validation result; nothing to add.
        return Set.of();
    }
}
