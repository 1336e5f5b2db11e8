package jp.kojo.deduction.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.control.CycleWorkflow;
import jp.kojo.deduction.control.PayrollCsvWriter;
import jp.kojo.deduction.control.PayrollPdfWriter;
import jp.kojo.deduction.control.DeductionRights;
import jp.kojo.deduction.control.OrganizationCycles;
import jp.kojo.deduction.control.PayrollAccess;
import jp.kojo.deduction.control.PayrollLineEditor;
import jp.kojo.deduction.control.PayrollLineQuery;
import jp.kojo.deduction.control.PayrollResultRule;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.DeductionLineChange;
import jp.kojo.deduction.entity.OrganizationCycle;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.platform.CsvEncoding;

/**
 * 賃金控除型: an organisation's cycles with request and result side by side (控除依頼(結果)リスト照会), results
 * entered line by line or "all deducted as requested" (Web更新) with versions and history, approval once every
 * line has a result, and sending, under the lump-sum type's workflow (dual control, cut-off, frozen when sent).
 * Only organisations using the payroll type; another organisation's cycle or line answers like a missing one.
 */
@Stateless
@RolesAllowed(jp.kojo.platform.Roles.ORG_USER)
public class PayrollCycles {
    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @Inject
    Clock clock;

    @Inject
    OrganizationCycles cycles;

    @Inject
    PayrollAccess access;

    @Inject
    PayrollLineEditor editor;

    /** Whether the caller's organisation uses the payroll type (the menu shows the result list then). */
    public boolean available() {
        return PayrollAccess.payroll(user());
    }

    /** The organisation's cycles with lines, newest first; empty for an organisation of another type. */
    public List<OrganizationCycleView> overview() {
        UserAccount user = user();
        if (!PayrollAccess.payroll(user)) {
            return List.of();
        }
        long org = user.getOrganization().getId();
        return em.createQuery("SELECT c FROM DeductionCycle c WHERE EXISTS (SELECT l.id FROM DeductionLine l "
                        + "WHERE l.cycle = c AND l.organizationId = :org) ORDER BY c.yearMonth DESC, c.kind", DeductionCycle.class)
                .setParameter("org", org)
                .getResultList().stream()
                .map(c -> view(user, cycles.findOrCreate(org, c)))
                .toList();
    }

    public OrganizationCycleView cycle(long cycleId) {
        UserAccount user = user();
        return view(user, cycles.findOrCreate(user.getOrganization().getId(), access.ownCycle(user, cycleId)));
    }

    public PayrollLinePage lines(long cycleId, ResultFilter filter, int first, int size) {
        UserAccount user = user();
        access.ownCycle(user, cycleId);
        PayrollLineQuery query = new PayrollLineQuery(em, user.getOrganization().getId(), cycleId);
        return new PayrollLinePage(query.page(filter, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))),
                query.count(filter));
    }

    public PayrollTotals totals(long cycleId) {
        UserAccount user = user();
        access.ownCycle(user, cycleId);
        return new PayrollLineQuery(em, user.getOrganization().getId(), cycleId).totals();
    }

    /** Saves the entered results, all or none: one refused or stale line refuses them all. */
    public void record(List<PayrollLineResult> results) {
        if (results == null || results.isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        UserAccount user = user();
        record(user, access.ownLine(user, results.get(0).lineId()).getCycle(), results);
    }

    /** One line of the cycle, as the list shows it; another cycle's or organisation's line is NO_SUCH_LINE. */
    public PayrollLineView line(long cycleId, long lineId) {
        UserAccount user = user();
        access.ownCycle(user, cycleId);
        return new PayrollLineQuery(em, user.getOrganization().getId(), cycleId).one(lineId)
                .orElseThrow(() -> new PayrollRefusedException(PayrollRefusal.NO_SUCH_LINE));
    }

    /**
     * One line's result on the version the caller read (the REST API's PATCH), under the rules of
     * {@link #record}; answers the line as saved, with its new version.
     */
    public PayrollLineView update(long cycleId, PayrollLineResult result) {
        UserAccount user = user();
        DeductionCycle cycle = access.ownCycle(user, cycleId);
        PayrollLineQuery query = new PayrollLineQuery(em, user.getOrganization().getId(), cycleId);
        if (query.one(result.lineId()).isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_LINE);
        }
        record(user, cycle, List.of(result));
        return query.one(result.lineId()).orElseThrow();
    }

    private void record(UserAccount user, DeductionCycle cycle, List<PayrollLineResult> results) {
        java.util.Map<Long, PayrollLineResult> byLine = new java.util.HashMap<>();
        results.forEach(r -> byLine.put(r.lineId(), r));
        editor.edit(user, cycle, results.stream().map(r -> new LineRef(r.lineId(), r.version())).toList(), line -> {
            PayrollLineResult r = byLine.get(line.getId());
            PayrollRefusal refusal = PayrollResultRule.check(line.getRequestedAmount(), r.result(), r.deductedAmount(),
                    r.reason(), r.note());
            if (refusal != null) {
                throw new PayrollRefusedException(refusal, line.getLineNumber());
            }
            return PayrollResultRule.normal(line.getRequestedAmount(), r.result(), r.deductedAmount(), r.reason(), r.note());
        }, true);
    }

    /** 全額控除 for the selected lines (as the user saw them); then the user changes the exceptions. */
    public int allAsRequested(List<LineRef> selection) {
        if (selection == null || selection.isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        UserAccount user = user();
        DeductionCycle cycle = access.ownLine(user, selection.get(0).id()).getCycle();
        editor.edit(user, cycle, selection, PayrollCycles::full, true);
        return selection.size();
    }

    /**
     * 全額控除 for every line of the cycle still without a result. Lines that have one keep it: an exception
     * already entered is never overwritten by the whole-list action.
     */
    public int allWithoutResultAsRequested(long cycleId) {
        UserAccount user = user();
        DeductionCycle cycle = access.ownCycle(user, cycleId);
        List<LineRef> refs = new PayrollLineQuery(em, user.getOrganization().getId(), cycleId).withoutResultRefs().stream()
                .map(r -> new LineRef(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
        if (refs.isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        editor.edit(user, cycle, refs, PayrollCycles::full, true);
        return refs.size();
    }

    private static PayrollResultRule.State full(jp.kojo.deduction.entity.DeductionLine line) {
        return PayrollResultRule.normal(line.getRequestedAmount(), ResultCode.DEDUCTED, null, null, null);
    }

    /** The lines as they are now, for a user who was told that someone saved them first. */
    public List<LineRef> currentVersions(List<Long> lineIds) {
        UserAccount user = user();
        return lineIds.stream().map(id -> access.ownLine(user, id)).map(l -> new LineRef(l.getId(), l.getVersion())).toList();
    }

    /** The line's recorded changes, newest first. */
    public List<LineChangeView> history(long lineId) {
        long line = access.ownLine(user(), lineId).getId();
        return em.createNamedQuery(DeductionLineChange.OF_LINE, DeductionLineChange.class)
                .setParameter("line", line)
                .getResultStream()
                .map(c -> new LineChangeView(c.getChangedBy(), c.getChangedAt(), c.getField(), c.getBeforeValue(),
                        c.getAfterValue()))
                .toList();
    }

    /** 承認: every line has a result; a user with the send right who did not make the last change. */
    public OrganizationCycleView approve(long cycleId) {
        UserAccount user = user();
        long org = user.getOrganization().getId();
        OrganizationCycle oc = cycles.locked(org, access.ownCycle(user, cycleId));
        long missing = new PayrollLineQuery(em, org, cycleId).count(ResultFilter.WITHOUT_RESULT);
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.organization = :org AND u.deletedAt IS NULL", Long.class)
                .setParameter("org", user.getOrganization()).getSingleResult();
        boolean alone = PayrollLineEditor.workflow(oc, () -> CycleWorkflow.approve(oc.getStatus(), user.getLoginId(),
                DeductionRights.maySend(user), oc.getLastChangedBy(), DeductionRights.usersForDualControl(users)));
        if (PayrollResultRule.approvable(missing) != null) {
            throw new PayrollRefusedException(PayrollRefusal.RESULTS_MISSING, null, null, missing);
        }
        oc.approved(user.getLoginId(), alone, LocalDateTime.now(clock));
        return view(user, oc);
    }

    /** 送信: an approved cycle until the end of its cut-off day; then it is frozen. */
    public OrganizationCycleView send(long cycleId) {
        UserAccount user = user();
        OrganizationCycle oc = cycles.locked(user.getOrganization().getId(), access.ownCycle(user, cycleId));
        boolean open = cycles.cutOffOpen(oc);
        CycleStatus next = PayrollLineEditor.workflow(oc, () -> CycleWorkflow.send(oc.getStatus(),
                DeductionRights.maySend(user), open));
        oc.sent(next, user.getLoginId(), LocalDateTime.now(clock));
        return view(user, oc);
    }

    /** 控除依頼(結果)リスト as CSV: Windows-31J, or UTF-8 with BOM; every line, read a page at a time. */
    public void resultListCsv(long cycleId, boolean utf8Bom, OutputStream out) {
        UserAccount user = user();
        access.ownCycle(user, cycleId);
        PayrollLineQuery query = new PayrollLineQuery(em, user.getOrganization().getId(), cycleId);
        try {
            PayrollCsvWriter.resultList(paged(query), utf8Bom ? CsvEncoding.UTF8_BOM : CsvEncoding.WINDOWS_31J, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 控除依頼(結果)リスト as PDF with the totals and the differences. */
    public void resultListPdf(long cycleId, OutputStream out) {
        UserAccount user = user();
        OrganizationCycle oc = cycles.findOrCreate(user.getOrganization().getId(), access.ownCycle(user, cycleId));
        PayrollLineQuery query = new PayrollLineQuery(em, user.getOrganization().getId(), cycleId);
        try {
            PayrollPdfWriter.write(new PayrollPdfWriter.Head(user.getOrganization().getContractNumber(),
                    user.getOrganization().getName(), view(user, oc), LocalDateTime.now(clock)), query.totals(), paged(query), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line in order, fetched 1,000 at a time as the writer asks for them. */
    private static Iterable<PayrollLineView> paged(PayrollLineQuery query) {
        return () -> new java.util.Iterator<>() {
            private static final int PAGE = 1000;
            private List<PayrollLineView> page = query.page(ResultFilter.ALL, 0, PAGE);
            private int at;
            private int first;

            @Override
            public boolean hasNext() {
                if (at == page.size() && page.size() == PAGE) {
                    first += PAGE;
                    page = query.page(ResultFilter.ALL, first, PAGE);
                    at = 0;
                }
                return at < page.size();
            }

            @Override
            public PayrollLineView next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.get(at++);
            }
        };
    }

    private OrganizationCycleView view(UserAccount user, OrganizationCycle oc) {
        return cycles.view(oc, DeductionRights.mayUpdate(user), DeductionRights.maySend(user));
    }

    private UserAccount user() {
        return access.user(context.getCallerPrincipal().getName());
    }
}
