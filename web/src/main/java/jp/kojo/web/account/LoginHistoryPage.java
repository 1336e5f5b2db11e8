package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.kojo.account.boundary.LoginHistory;
import jp.kojo.account.boundary.LoginHistoryView;

/** ログイン履歴: the caller's last 20 logins and the failed attempts since its last successful login. */
@Named
@RequestScoped
public class LoginHistoryPage {
    @EJB
    LoginHistory loginHistory;

    private LoginHistoryView view;

    public LoginHistoryView getView() {
        if (view == null) {
            view = loginHistory.history();
        }
        return view;
    }
}
