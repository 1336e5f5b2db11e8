package jp.kojo.web.registration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kojo.registration.boundary.InitialPasswordOutcome;
import jp.kojo.registration.boundary.InitialPasswordResult;
import jp.kojo.registration.boundary.InitialPasswordView;
import jp.kojo.registration.boundary.InitialPasswords;
import jp.kojo.web.common.Messages;

/**
 * 初期パスワード登録 (bank): the contract number and the initial password from the organisation's paper form,
 * typed twice, with the form's reference; the password is never shown again.
 */
@Named
@RequestScoped
public class InitialPasswordPage {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd H:mm");

    @EJB
    InitialPasswords initialPasswords;

    private String contractNumber;
    private String password;
    private String confirmation;
    private String reference;
    private List<InitialPasswordView> recent;

    public void register() {
        InitialPasswordResult result = initialPasswords.register(contractNumber,
                password == null ? new char[0] : password.toCharArray(),
                confirmation == null ? new char[0] : confirmation.toCharArray(), reference);
        password = null;
        confirmation = null;
        recent = null;
        if (result.outcome() == InitialPasswordOutcome.REGISTERED) {
            Messages.info("reg.bank.outcome.REGISTERED", result.contractNumber(), result.organizationName(),
                    dateTime(result.expiresAt()));
            contractNumber = null;
            reference = null;
        } else {
            Messages.error("reg.bank.outcome." + result.outcome().name());
        }
    }

    public List<InitialPasswordView> getRecent() {
        if (recent == null) {
            recent = initialPasswords.recent();
        }
        return recent;
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
