package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import jp.kojo.account.boundary.LoginEntry;
import jp.kojo.account.boundary.LoginHistory;
import jp.kojo.account.boundary.PasswordChange;
import jp.kojo.account.boundary.PasswordStatus;

/** What the menu tells a user of its own account: the previous login and whether the yearly change is due. */
@Named
@RequestScoped
public class AccountNotices {
    @EJB
    LoginHistory loginHistory;

    @EJB
    PasswordChange passwordChange;

    private Optional<LoginEntry> previousLogin;
    private PasswordStatus passwordStatus;

    public LoginEntry getPreviousLogin() {
        if (previousLogin == null) {
            previousLogin = loginHistory.previousLogin();
        }
        return previousLogin.orElse(null);
    }

    public PasswordStatus getPasswordStatus() {
        if (passwordStatus == null) {
            passwordStatus = passwordChange.status();
        }
        return passwordStatus;
    }
}
