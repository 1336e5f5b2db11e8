package jp.kojo.account.entity;

import java.util.Set;
import jp.kojo.platform.Roles;

/** What kind of user an account is; each maps to the security roles it is granted. */
public enum UserRole {
    /** マスターユーザー: one per contract. */
    MASTER(Set.of(Roles.ORG_MASTER, Roles.ORG_USER)),
    /** 一般ユーザー: up to 19 per contract. */
    GENERAL(Set.of(Roles.ORG_GENERAL, Roles.ORG_USER)),
    /** 取引店 担当. */
    BANK_OPERATOR(Set.of(Roles.BANK_OPERATOR)),
    /** Batch administrator of the bank. */
    BATCH_ADMIN(Set.of(Roles.BATCH_ADMIN));

    private final Set<String> securityRoles;

    UserRole(Set<String> securityRoles) {
        this.securityRoles = securityRoles;
    }

    public Set<String> securityRoles() {
        return securityRoles;
    }

    public boolean belongsToOrganization() {
        return this == MASTER || this == GENERAL;
    }
}
