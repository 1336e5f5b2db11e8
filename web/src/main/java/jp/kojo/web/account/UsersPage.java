package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.boundary.OrganizationUserView;
import jp.kojo.account.boundary.OrganizationUsers;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.boundary.UserAdminEventView;
import jp.kojo.account.boundary.UserChange;
import jp.kojo.account.boundary.UserChangeResult;
import jp.kojo.web.common.JapaneseFormats;
import jp.kojo.certificate.boundary.CertificateHolderView;
import jp.kojo.certificate.boundary.CertificateRevocations;
import jp.kojo.certificate.boundary.CertificateView;
import jp.kojo.certificate.boundary.RevocationOutcome;
import jp.kojo.web.common.Messages;

/**
 * ユーザー管理 (master only): the organisation's users with their rights, adding a general user, and changing,
 * locking, resetting or deleting the one chosen by {@code ?user=}. What the master may touch is the boundary's
 * fence; a refused form keeps what was typed.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {
    @EJB
    OrganizationUsers organizationUsers;

    @EJB
    CertificateRevocations certificateRevocations;

    /** Live certificates of the organisation's users by login id (a user without one is absent). */
    private java.util.Map<String, CertificateView> certificates;

    private String selected;
    private List<OrganizationUserView> users;
    private List<RightChoice> editRights;
    private List<RightChoice> newRights;
    private String newLoginId;
    private String newName;
    private String newEmail;
    private String reason;
    /** Shown once after creating a user or resetting a password, never kept beyond this view. */
    private String temporaryPassword;
    private LocalDateTime temporaryPasswordExpiresAt;
    private String temporaryPasswordFor;

    public List<OrganizationUserView> getUsers() {
        if (users == null) {
            users = organizationUsers.users();
        }
        return users;
    }

    public List<String> getServices() {
        return organizationUsers.contractedServices().stream().map(Enum::name).toList();
    }

    public Optional<OrganizationUserView> selectedUser() {
        return selected == null ? Optional.empty() : organizationUsers.user(selected);
    }

    public OrganizationUserView getSelectedUser() {
        return selectedUser().orElse(null);
    }

    public List<RightChoice> getEditRights() {
        if (editRights == null) {
            editRights = selectedUser().map(u -> u.rights().stream().map(RightChoice::new).toList()).orElse(List.of());
        }
        return editRights;
    }

    public List<RightChoice> getNewRights() {
        if (newRights == null) {
            newRights = organizationUsers.contractedServices().stream()
                    .map(s -> new RightChoice(new ServiceAccess(s, true, false, false))).toList();
        }
        return newRights;
    }

    public void create() {
        UserChangeResult result = organizationUsers.create(newLoginId, newName, newEmail, accesses(newRights));
        if (!result.done()) {
            Messages.error("users.change." + result.outcome().name());
            return;
        }
        showTemporaryPassword(newLoginId.strip(), result);
        Messages.info("users.created", newLoginId.strip());
        newLoginId = null;
        newName = null;
        newEmail = null;
        newRights = null;
        users = null;
    }

    public void saveRights() {
        report(organizationUsers.changeRights(selected, accesses(editRights)), "users.rightsChanged");
    }

    public void lock() {
        report(organizationUsers.lock(selected, reason), "users.locked.done");
    }

    public void resetPassword() {
        UserChangeResult result = organizationUsers.resetPassword(selected);
        if (!result.done()) {
            Messages.error("users.change." + result.outcome().name());
            return;
        }
        showTemporaryPassword(selected, result);
        Messages.info("users.passwordReset", selected);
        users = null;
    }

    public String delete() {
        UserChange outcome = organizationUsers.delete(selected, reason);
        if (outcome != UserChange.DONE) {
            Messages.error("users.change." + outcome.name());
            return null;
        }
        Messages.info("users.deleted", selected);
        selected = null;
        editRights = null;
        reason = null;
        users = null;
        return null;
    }

    /** 電子証明書の失効 of the chosen general user, with the reason typed for it. */
    public void revokeCertificate() {
        RevocationOutcome outcome = certificateRevocations.revokeGeneralUser(selected, reason);
        if (outcome == RevocationOutcome.REVOKED) {
            Messages.info("cert.revoke.doneFor", selected);
            reason = null;
            certificates = null;
        } else {
            Messages.error("cert.revoke." + outcome.name());
        }
    }

    /** The user's live certificate's expiry, or null without one. */
    public CertificateView certificateOf(String loginId) {
        if (certificates == null) {
            certificates = new java.util.HashMap<>();
            certificateRevocations.organizationHolders().stream().filter(CertificateHolderView::hasCertificate)
                    .forEach(h -> certificates.put(h.loginId(), h.certificate()));
        }
        return certificates.get(loginId);
    }

    public List<UserAdminEventView> getEvents() {
        return organizationUsers.events();
    }

    public String format(LocalDateTime time) {
        return JapaneseFormats.dateTime(time);
    }

    private void report(UserChange outcome, String doneKey) {
        if (outcome == UserChange.DONE) {
            Messages.info(doneKey, selected);
            reason = null;
            editRights = null;
            users = null;
        } else {
            Messages.error("users.change." + outcome.name());
        }
    }

    private void showTemporaryPassword(String loginId, UserChangeResult result) {
        temporaryPassword = result.temporaryPassword();
        temporaryPasswordExpiresAt = result.temporaryPasswordExpiresAt();
        temporaryPasswordFor = loginId;
    }

    private static List<ServiceAccess> accesses(List<RightChoice> choices) {
        return choices == null ? List.of() : choices.stream().map(RightChoice::access).toList();
    }

    public String getSelected() { return selected; }
    public void setSelected(String selected) {
        if (selected != null && !selected.equals(this.selected)) {
            editRights = null;
        }
        this.selected = selected;
    }
    public String getNewLoginId() { return newLoginId; }
    public void setNewLoginId(String newLoginId) { this.newLoginId = newLoginId; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getTemporaryPassword() { return temporaryPassword; }
    public LocalDateTime getTemporaryPasswordExpiresAt() { return temporaryPasswordExpiresAt; }
    public String getTemporaryPasswordFor() { return temporaryPasswordFor; }
}
