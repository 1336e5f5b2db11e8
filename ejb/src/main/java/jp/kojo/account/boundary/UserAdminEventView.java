package jp.kojo.account.boundary;

import java.time.LocalDateTime;

/** One recorded act of the master on a user: who, when, to whom, what. */
public record UserAdminEventView(LocalDateTime occurredAt, String actor, String targetLoginId, String action,
                                 String detail) {
}
