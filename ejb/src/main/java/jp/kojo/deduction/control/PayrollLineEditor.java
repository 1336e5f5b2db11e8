package jp.kojo.deduction.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.boundary.LineRef;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.control.PayrollResultRule.State;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.DeductionLine;
import jp.kojo.deduction.entity.DeductionLineChange;
import jp.kojo.deduction.entity.OrganizationCycle;

/**
 * One save of payroll results on one or more lines of a cycle, as the lump-sum edit does it: the organisation's
 * cycle row locked, update right, workflow (a sent cycle is frozen, an approval withdrawn), each line at the
 * version the user saw, the rule, one history row per changed field, the cycle's last change.
 */
@Dependent
public class PayrollLineEditor {
    /** Above this many lines, the cycle's lines are read in one query rather than one by one. */
    private static final int BULK = 50;

    /** The new state of one line, or a {@link PayrollRefusedException}. */
    public interface Change {
        State next(DeductionLine line);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganizationCycles cycles;

    /**
     * @param staleRefusesAll true for a user's save (one stale line refuses them all); false for applying an
     *                        upload, where stale lines are skipped and answered
     * @return the ids of the lines skipped as stale
     */
    public List<Long> edit(UserAccount user, DeductionCycle cycle, List<LineRef> refs, Change change,
                           boolean staleRefusesAll) {
        if (refs == null || refs.isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        if (!DeductionRights.mayUpdate(user)) {
            throw new PayrollRefusedException(PayrollRefusal.NO_UPDATE_RIGHT);
        }
        long org = user.getOrganization().getId();
        OrganizationCycle oc = cycles.locked(org, cycle);
        CycleStatus next = workflow(oc, () -> CycleWorkflow.afterEdit(oc.getStatus()));
        Map<Long, DeductionLine> lines = load(org, cycle.getId(), refs);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> stale = new ArrayList<>();
        int changed = 0;
        for (LineRef ref : refs) {
            DeductionLine line = lines.get(ref.id());
            if (line == null) {
                DeductionLine other = em.find(DeductionLine.class, ref.id());
                boolean elsewhere = other != null && other.getOrganizationId() == org;
                throw new PayrollRefusedException(elsewhere ? PayrollRefusal.LINES_OF_SEVERAL_CYCLES : PayrollRefusal.NO_SUCH_LINE);
            }
            if (line.getVersion() != ref.version()) {
                if (staleRefusesAll) {
                    throw new PayrollRefusedException(PayrollRefusal.STALE, line.getLineNumber());
                }
                stale.add(line.getId());
                continue;
            }
            State before = state(line);
            State after = change.next(line);
            line.recordPayrollResult(after.result(), after.amount(), after.reason(), after.note());
            for (LineMarkRule.Change c : PayrollResultRule.changes(before, after)) {
                em.persist(new DeductionLineChange(line.getId(), user.getLoginId(), now, c.field(), c.before(), c.after()));
                changed++;
            }
        }
        if (changed > 0) {
            oc.changed(next, user.getLoginId(), now);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PayrollRefusedException(PayrollRefusal.STALE);
        }
        return stale;
    }

    /** The lines as the database holds them now (the cycle row is locked, so they stay so until commit). */
    private Map<Long, DeductionLine> load(long org, long cycleId, List<LineRef> refs) {
        Map<Long, DeductionLine> lines = new HashMap<>();
        if (refs.size() > BULK) {
            em.createQuery("SELECT l FROM DeductionLine l WHERE l.organizationId = :org AND l.cycle.id = :cycle", DeductionLine.class)
                    .setParameter("org", org)
                    .setParameter("cycle", cycleId)
                    .setHint("eclipselink.refresh", "true")
                    .getResultStream()
                    .forEach(l -> lines.put(l.getId(), l));
        } else {
            for (LineRef ref : refs) {
                DeductionLine line = em.find(DeductionLine.class, ref.id());
                if (line != null && line.getOrganizationId() == org && line.getCycle().getId() == cycleId) {
                    em.refresh(line);
                    lines.put(line.getId(), line);
                }
            }
        }
        return lines;
    }

    public static State state(DeductionLine line) {
        return new State(line.getResultCode(), line.getDeductedAmount(), line.getNotDeductedReason(), line.getNote());
    }

    /** A move of the shared workflow, its refusal told in the payroll type's terms. */
    public static <T> T workflow(OrganizationCycle oc, Supplier<T> move) {
        try {
            return move.get();
        } catch (CycleWorkflow.RefusedException e) {
            PayrollRefusal refusal = switch (e.refusal()) {
                case NOT_SENT, REASON_REQUIRED -> PayrollRefusal.FROZEN;
                default -> PayrollRefusal.valueOf(e.refusal().name());
            };
            throw new PayrollRefusedException(refusal, oc.getCutOffDate(), null, 0);
        }
    }
}
