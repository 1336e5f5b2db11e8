package jp.kojo.account.boundary;

import java.util.List;

/** 利用履歴: the caller's latest logins, newest first, and the failed attempts since its last successful login. */
public record LoginHistoryView(List<LoginEntry> latest, List<LoginEntry> failedSinceLastLogin) {
}
