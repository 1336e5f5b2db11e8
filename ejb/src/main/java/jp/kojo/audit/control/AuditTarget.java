package jp.kojo.audit.control;

/**
 * What an audited act was done to: an organisation (by id and contract number), and within or beside it a user, a
 * cycle or a notice. Any part may be null.
 */
public record AuditTarget(Long organizationId, String contractNumber, String loginId, Long cycleId, Long noticeId) {
    public static final AuditTarget NONE = new AuditTarget(null, null, null, null, null);

    public static AuditTarget organization(Long organizationId, String contractNumber) {
        return new AuditTarget(organizationId, contractNumber, null, null, null);
    }

    public static AuditTarget notice(long noticeId) {
        return new AuditTarget(null, null, null, null, noticeId);
    }

    public AuditTarget user(String targetLoginId) {
        return new AuditTarget(organizationId, contractNumber, targetLoginId, cycleId, noticeId);
    }

    public AuditTarget cycle(long targetCycleId) {
        return new AuditTarget(organizationId, contractNumber, loginId, targetCycleId, noticeId);
    }
}
