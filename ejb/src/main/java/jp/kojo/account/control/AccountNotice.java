package jp.kojo.account.control;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A security notice to a user about its own account (セキュリティのお知らせ): fired as a CDI event by the act and
 * mailed by {@link AccountNoticeMail} only once the act's transaction has committed, so a refused or rolled-back
 * act never mails. The detail is the act's own wording (the rights granted, the certificate's serial).
 */
public record AccountNotice(Kind kind, String email, String displayName, String loginId, LocalDateTime at,
                            String detail) {
    public enum Kind {
        /** The master registered itself with the contract's initial password (初期登録). */
        REGISTERED,
        /** The master created the user. */
        USER_CREATED,
        RIGHTS_CHANGED,
        LOCKED,
        UNLOCKED,
        /** The master gave the user a temporary password. */
        PASSWORD_RESET,
        DELETED,
        /** The bank deleted the master on the organisation's paper request (マスターユーザー削除依頼). */
        MASTER_DELETED,
        /** The user changed its own password. */
        PASSWORD_CHANGED,
        CERTIFICATE_ISSUED
    }

    public AccountNotice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(loginId);
        Objects.requireNonNull(at);
    }
}
