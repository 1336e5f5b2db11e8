package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.kojo.account.boundary.AccountLocks;
import jp.kojo.account.boundary.AccountView;
import jp.kojo.account.boundary.UnlockOutcome;
import jp.kojo.web.common.Messages;

/**
 * ロック解除: a master's list of its organisation's users with their lock state, and the bank's list of locked
 * masters; either unlocks by login id with a reason. Which accounts a caller may unlock is the boundary's fence.
 */
@Named
@RequestScoped
public class UnlockPage {
    @EJB
    AccountLocks accountLocks;

    private String loginId;
    private String reason;
    private List<AccountView> users;

    public List<AccountView> getOrganizationUsers() {
        if (users == null) {
            users = accountLocks.organizationUsers();
        }
        return users;
    }

    public List<AccountView> getLockedMasters() {
        if (users == null) {
            users = accountLocks.lockedMasters();
        }
        return users;
    }

    public void unlockGeneralUser() {
        report(accountLocks.unlockGeneralUser(loginId, reason));
    }

    public void unlockMaster() {
        report(accountLocks.unlockMaster(loginId, reason));
    }

    private void report(UnlockOutcome outcome) {
        users = null;
        if (outcome == UnlockOutcome.UNLOCKED) {
            Messages.info("unlock.outcome.UNLOCKED", loginId.strip());
            loginId = null;
            reason = null;
        } else {
            Messages.error("unlock.outcome." + outcome.name());
        }
    }

    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
