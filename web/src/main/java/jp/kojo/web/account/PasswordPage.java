package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jp.kojo.account.boundary.PasswordChange;
import jp.kojo.account.boundary.PasswordChangeResult;
import jp.kojo.account.boundary.PasswordRule;
import jp.kojo.account.boundary.PasswordStatus;
import jp.kojo.web.common.Messages;
import jp.kojo.web.security.LoggedInSession;

/** パスワード変更: the caller's own password; a refused change names every rule it broke and keeps nothing typed. */
@Named
@RequestScoped
public class PasswordPage {
    @EJB
    PasswordChange passwordChange;

    private String current;
    private String newPassword;
    private String confirmation;
    private boolean changed;
    private PasswordStatus status;

    public PasswordStatus getStatus() {
        if (status == null) {
            status = passwordChange.status();
        }
        return status;
    }

    public void save() {
        PasswordChangeResult result = passwordChange.change(chars(current), chars(newPassword), chars(confirmation));
        current = null;
        newPassword = null;
        confirmation = null;
        status = null;
        if (!result.changed()) {
            for (PasswordRule rule : result.broken()) {
                Messages.error("password.rule." + rule.name());
            }
            return;
        }
        changed = true;
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null && session.getAttribute(LoggedInSession.ATTRIBUTE) instanceof LoggedInSession loggedIn) {
            session.setAttribute(LoggedInSession.ATTRIBUTE, loggedIn.passwordChanged());
        }
        Messages.info("password.changed");
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public boolean isChanged() { return changed; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
