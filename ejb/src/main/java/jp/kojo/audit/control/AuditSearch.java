package jp.kojo.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.audit.boundary.AuditEventView;
import jp.kojo.audit.boundary.AuditQuery;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.audit.entity.AuditEvent;

/**
 * The audit search as JPQL: only the conditions given (a null parameter has no SQL type on PostgreSQL), newest
 * first, paged and counted in the database.
 */
public final class AuditSearch {
    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public AuditSearch(AuditQuery query) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (query.from() != null) {
            w.append(" AND e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            w.append(" AND e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
        String actor = text(query.actor());
        if (actor != null) {
            w.append(" AND e.actorLoginId = :actor");
            parameters.put("actor", actor);
        }
        AuditAction action = action(query.action());
        if (action != null) {
            w.append(" AND e.action = :action");
            parameters.put("action", action);
        }
        String contract = text(query.contractNumber());
        if (contract != null) {
            w.append(" AND e.contractNumber = :contract");
            parameters.put("contract", contract);
        }
        where = w.toString();
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class));
    }

    public TypedQuery<AuditEvent> rows(EntityManager em) {
        return bind(em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class));
    }

    public static AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActorLoginId(), e.getActorRole(),
                e.getAction().name(), e.getContractNumber(), e.getTargetLoginId(), e.getTargetCycleId(),
                e.getTargetNoticeId(), e.getReason(), e.getReference(), e.getDetails());
    }

    /** An action by name; null for none or an unknown one (then nothing is filtered by action). */
    static AuditAction action(String name) {
        String n = text(name);
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(n)) {
                return a;
            }
        }
        return null;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
