package jp.kojo.deduction.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.ReconciliationRowView;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.deduction.entity.ResultUpload;
import jp.kojo.deduction.entity.ResultUploadRow;

/**
 * Keeps an upload's matched rows: inserted in JDBC batches in the caller's transaction (a 20,000-row file is
 * 20 statements, not 20,000), read back paged beside their lines, counted by outcome.
 */
@Dependent
public class ResultUploadStore {
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    public void insertRows(long uploadId, List<ResultMatcher.Match> matches) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO result_upload_row (upload_id, file_row, key_value, "
                     + "product_code, amount, outcome, line_id, line_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ResultMatcher.Match m : matches) {
                insert.setLong(1, uploadId);
                insert.setInt(2, m.row().row());
                insert.setString(3, m.row().key().length() > 40 ? m.row().key().substring(0, 40) : m.row().key());
                insert.setString(4, m.row().product().code());
                insert.setLong(5, m.row().amount());
                insert.setString(6, m.outcome().name());
                if (m.line() == null) {
                    insert.setNull(7, Types.BIGINT);
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(7, m.line().id());
                    insert.setLong(8, m.line().version());
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Upload rows not stored: " + e.getMessage(), e);
        }
    }

    /** Uploads of the organisation past their expiry, with their rows: nothing of them was applied later. */
    public void deleteExpired(long organizationId, LocalDateTime now) {
        List<Long> expired = em.createQuery("SELECT u.id FROM ResultUpload u WHERE u.organizationId = :org "
                        + "AND u.expiresAt < :now", Long.class)
                .setParameter("org", organizationId).setParameter("now", now).getResultList();
        for (Long id : expired) {
            em.createQuery("DELETE FROM ResultUploadRow r WHERE r.uploadId = :u").setParameter("u", id).executeUpdate();
            em.createQuery("DELETE FROM ResultUpload u WHERE u.id = :u").setParameter("u", id).executeUpdate();
        }
    }

    public Map<MatchOutcome, Long> counts(long uploadId) {
        Map<MatchOutcome, Long> counts = new EnumMap<>(MatchOutcome.class);
        for (MatchOutcome o : MatchOutcome.values()) {
            counts.put(o, 0L);
        }
        em.createQuery("SELECT r.outcome, COUNT(r) FROM ResultUploadRow r WHERE r.uploadId = :u GROUP BY r.outcome", Object[].class)
                .setParameter("u", uploadId).getResultList()
                .forEach(r -> counts.put((MatchOutcome) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public long applied(long uploadId) {
        return em.createQuery("SELECT COUNT(r) FROM ResultUploadRow r WHERE r.uploadId = :u AND r.appliedAt IS NOT NULL", Long.class)
                .setParameter("u", uploadId).getSingleResult();
    }

    /** The rows of an upload (of one outcome, or all when null) beside their lines, in file order. */
    public List<ReconciliationRowView> rows(long uploadId, MatchOutcome outcome, int first, int size) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r.id, r.fileRow, r.keyValue, r.product, r.amount, r.outcome, "
                        + "r.lineId, r.lineVersion, r.appliedAt, l.lineNumber, p.nameKana, l.requestedAmount, l.resultCode, "
                        + "l.deductedAmount, l.version FROM ResultUploadRow r LEFT JOIN DeductionLine l ON l.id = r.lineId "
                        + "LEFT JOIN l.person p WHERE r.uploadId = :u" + (outcome == null ? "" : " AND r.outcome = :o")
                        + " ORDER BY r.fileRow", Object[].class)
                .setParameter("u", uploadId);
        return withOutcome(query, outcome)
                .setFirstResult(first).setMaxResults(size)
                .getResultStream()
                .map(ResultUploadStore::row)
                .toList();
    }

    private static ReconciliationRowView row(Object[] r) {
        boolean applied = r[8] != null;
        Long lineVersion = (Long) r[7];
        // Without a line the outer join's primitive columns come back as 0, not null: take none of them.
        boolean line = r[6] != null;
        Long currentVersion = line && r[14] != null ? ((Number) r[14]).longValue() : null;
        return new ReconciliationRowView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (Product) r[3], ((Number) r[4]).longValue(), (MatchOutcome) r[5], (Long) r[6],
                line && r[9] != null ? ((Number) r[9]).intValue() : null, line ? (String) r[10] : null,
                line && r[11] != null ? ((Number) r[11]).longValue() : null, line ? (ResultCode) r[12] : null,
                line ? (Long) r[13] : null, applied,
                !applied && lineVersion != null && !lineVersion.equals(currentVersion));
    }

    public long count(long uploadId, MatchOutcome outcome) {
        return withOutcome(em.createQuery("SELECT COUNT(r) FROM ResultUploadRow r WHERE r.uploadId = :u"
                        + (outcome == null ? "" : " AND r.outcome = :o"), Long.class)
                .setParameter("u", uploadId), outcome)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> withOutcome(TypedQuery<T> query, MatchOutcome outcome) {
        return outcome == null ? query : query.setParameter("o", outcome);
    }

    private static final String WITHOUT_ROW = " FROM DeductionLine l JOIN l.person p LEFT JOIN ResultUploadRow r "
            + "ON r.lineId = l.id AND r.uploadId = :u WHERE l.organizationId = :org AND l.cycle.id = :cycle AND r.id IS NULL";

    /** The cycle's lines that no row of the upload reached. */
    public List<PayrollLineView> linesWithoutRow(ResultUpload upload, int first, int size) {
        return em.createQuery("SELECT NEW jp.kojo.deduction.boundary.PayrollLineView(l.id, l.version, l.lineNumber, "
                        + "p.personNumber, p.employeeNumber, p.nameKana, p.nameKanji, l.product, l.requestedAmount, "
                        + "l.resultCode, l.deductedAmount, l.notDeductedReason, l.note)" + WITHOUT_ROW
                        + " ORDER BY l.lineNumber", PayrollLineView.class)
                .setParameter("org", upload.getOrganizationId()).setParameter("cycle", upload.getCycleId())
                .setParameter("u", upload.getId())
                .setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    /** Lines of the cycle less the lines rows matched: a line is matched by one row at most (the file has no duplicates). */
    public long countLinesWithoutRow(ResultUpload upload) {
        long lines = em.createQuery("SELECT COUNT(l) FROM DeductionLine l WHERE l.organizationId = :org AND l.cycle.id = :cycle", Long.class)
                .setParameter("org", upload.getOrganizationId()).setParameter("cycle", upload.getCycleId())
                .getSingleResult();
        long matched = em.createQuery("SELECT COUNT(r) FROM ResultUploadRow r WHERE r.uploadId = :u AND r.lineId IS NOT NULL", Long.class)
                .setParameter("u", upload.getId())
                .getSingleResult();
        return lines - matched;
    }

    /** Rows that can still be applied (matched, not over the request, not applied yet), of a selection or all. */
    public List<ResultUploadRow> applicable(long uploadId, java.util.Set<Long> rowIds) {
        return em.createQuery("SELECT r FROM ResultUploadRow r WHERE r.uploadId = :u AND r.appliedAt IS NULL "
                        + "AND (r.outcome = jp.kojo.deduction.boundary.MatchOutcome.EQUAL "
                        + "OR r.outcome = jp.kojo.deduction.boundary.MatchOutcome.DIFFERENT) ORDER BY r.fileRow", ResultUploadRow.class)
                .setParameter("u", uploadId)
                .getResultStream()
                .filter(r -> rowIds == null || rowIds.contains(r.getId()))
                .toList();
    }
}
