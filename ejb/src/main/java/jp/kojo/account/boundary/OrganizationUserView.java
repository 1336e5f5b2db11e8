package jp.kojo.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A user of the caller's organisation as its master manages it, with the rights in each contracted service. */
public record OrganizationUserView(String loginId, String displayName, String email, String role, boolean locked,
                                   LocalDateTime lockedAt, boolean passwordMustChange,
                                   LocalDateTime temporaryPasswordExpiresAt, List<ServiceAccess> rights) implements Serializable {
    public boolean master() {
        return "MASTER".equals(role);
    }
}
