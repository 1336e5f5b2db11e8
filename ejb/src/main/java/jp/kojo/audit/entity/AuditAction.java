package jp.kojo.audit.entity;

/** What was done; stored by name in {@code audit_event.action}. Bank acts need a reason. */
public enum AuditAction {
    INITIAL_PASSWORD_REGISTERED(true),
    MASTER_UNLOCKED(true),
    MASTER_CERTIFICATE_REVOKED(true),
    MASTER_DELETED(true),
    CYCLE_REOPENED(true),
    CLOSED_DAY_ADDED(true),
    CLOSED_DAY_REMOVED(true),
    MAINTENANCE_SCHEDULED(true),
    MAINTENANCE_CANCELLED(true),
    ORGANIZATION_CREATED(true),
    ORGANIZATION_CHANGED(true),
    CONTRACT_NUMBER_ENQUIRY_ANSWERED(true),
    NOTICE_CREATED(true),
    NOTICE_CHANGED(true),
    NOTICE_WITHDRAWN(true),
    BATCH_START_SCHEDULED(true),
    BATCH_START_CANCELLED(true);

    private final boolean bankAct;

    AuditAction(boolean bankAct) {
        this.bankAct = bankAct;
    }

    /** A bank operator's act: recorded only with a reason. */
    public boolean bankAct() {
        return bankAct;
    }
}
