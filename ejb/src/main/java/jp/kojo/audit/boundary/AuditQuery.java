package jp.kojo.audit.boundary;

import java.time.LocalDate;

/** 監査ログ検索: the period (days, both included; either open), actor login id, action name, contract number. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String action, String contractNumber) {
}
