package jp.kojo.deduction.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.control.CycleWorkflow;
import jp.kojo.deduction.control.DeductionListQuery;
import jp.kojo.deduction.control.DeductionRights;
import jp.kojo.deduction.control.LineMarkRule;
import jp.kojo.deduction.control.LineMarkRule.State;
import jp.kojo.deduction.control.LineUpdateRule;
import jp.kojo.deduction.control.LumpSumLineQuery;
import jp.kojo.deduction.control.MonthlyTotalsQuery;
import jp.kojo.deduction.control.OrganizationCycles;
import jp.kojo.deduction.control.PaymentRequestPdfWriter;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.DeductionLine;
import jp.kojo.deduction.entity.DeductionLineChange;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.OrganizationCycle;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.ClockProducer;
import jp.kojo.platform.Roles;

/**
 * まとめ入金型: an organisation's cycles, marking lines not deducted (Web更新), the payment request, approval and
 * sending. Everything is fenced by the caller's organisation: another organisation's cycle or line answers
 * exactly like one that does not exist. Line saves name the version the user saw; an older one is refused.
 */
@Stateless
@RolesAllowed(Roles.ORG_USER)
public class LumpSumCycles {
    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @Inject
    Clock clock;

    @Inject
    OrganizationCycles cycles;

    /** The organisation's cycles with lines, newest first, with status, payment date, cut-off and days left. */
    public List<OrganizationCycleView> overview() {
        UserAccount user = user();
        long org = user.getOrganization().getId();
        return em.createQuery("SELECT c FROM DeductionCycle c WHERE EXISTS (SELECT l.id FROM DeductionLine l "
                        + "WHERE l.cycle = c AND l.organizationId = :org) ORDER BY c.yearMonth DESC, c.kind", DeductionCycle.class)
                .setParameter("org", org)
                .getResultList().stream()
                .map(c -> view(user, cycles.findOrCreate(org, c)))
                .toList();
    }

    /** The menu's dashboard: cycles still to be sent before their cut-off, the nearest cut-off first. */
    public List<OrganizationCycleView> openCycles() {
        return overview().stream()
                .filter(c -> c.editable() && !c.cutOffPassed())
                .sorted(java.util.Comparator.comparing(OrganizationCycleView::cutOffDate))
                .toList();
    }

    /** The menu's dashboard: requested and not-deducted totals of the last {@code months} months, this one last. */
    public List<MonthTotal> monthlyTotals(int months) {
        UserAccount user = user();
        YearMonth thisMonth = YearMonth.now(clock.withZone(ClockProducer.TOKYO));
        return new MonthlyTotalsQuery(em, user.getOrganization().getId()).upTo(thisMonth, Math.max(1, Math.min(months, 36)));
    }

    public OrganizationCycleView cycle(long cycleId) {
        UserAccount user = user();
        return view(user, cycles.findOrCreate(user.getOrganization().getId(), ownCycle(user, cycleId)));
    }

    public LumpSumLinePage lines(long cycleId, boolean notDeductedOnly, int first, int size) {
        UserAccount user = user();
        ownCycle(user, cycleId);
        LumpSumLineQuery query = new LumpSumLineQuery(em, user.getOrganization().getId(), cycleId);
        return new LumpSumLinePage(query.page(notDeductedOnly, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))),
                query.count(notDeductedOnly));
    }

    /** 照会: the lines of one mark against the previous cycle of the same kind and one status (null: any). */
    public LumpSumLinePage lines(long cycleId, LineChangeMark change, LineStatus status, int first, int size) {
        UserAccount user = user();
        ownCycle(user, cycleId);
        LumpSumLineQuery query = new LumpSumLineQuery(em, user.getOrganization().getId(), cycleId);
        return new LumpSumLinePage(query.page(change, status, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))),
                query.count(change, status));
    }

    /** 照会: the previous cycle's lines with none now (shown apart: they have no result and cannot be marked). */
    public LinePage endedLines(long cycleId, int first, int size) {
        UserAccount user = user();
        ownCycle(user, cycleId);
        DeductionListQuery query = new DeductionListQuery(em, user.getOrganization().getId(), cycleId, LineFilter.NONE);
        return new LinePage(query.endedPage(Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))),
                query.endedCount());
    }

    /** 照会: lines not deducted with their amount, and the counts of new, changed and ended lines. */
    public InquirySummary inquiry(long cycleId) {
        UserAccount user = user();
        ownCycle(user, cycleId);
        return new DeductionListQuery(em, user.getOrganization().getId(), cycleId, LineFilter.NONE).summary();
    }

    public void markNotDeducted(long lineId, long version, NotDeductedReason reason, String note, boolean paymentStop) {
        markSelection(List.of(new LineRef(lineId, version)), reason, note, paymentStop);
    }

    /** Marks every line of the selection, or none: one refused line (stale, not allowed) refuses them all. */
    public void markSelection(List<LineRef> selection, NotDeductedReason reason, String note, boolean paymentStop) {
        String stored = LineMarkRule.normalNote(note);
        edit(selection, line -> {
            LumpSumRefusal refusal = LineMarkRule.check(line.getProduct(), reason, note, paymentStop);
            if (refusal != null) {
                throw new LumpSumRefusedException(refusal, null, line.getLineNumber());
            }
            line.markNotDeducted(reason, stored, paymentStop);
        });
    }

    /** Back to deducted as requested. */
    public void clear(long lineId, long version) {
        edit(List.of(new LineRef(lineId, version)), DeductionLine::clearResult);
    }

    /** One line of the cycle as it is now; a line of another cycle or organisation is NO_SUCH_LINE. */
    public LumpSumLineView line(long cycleId, long lineId) {
        UserAccount user = user();
        ownCycle(user, cycleId);
        return new LumpSumLineQuery(em, user.getOrganization().getId(), cycleId).one(lineId)
                .orElseThrow(() -> new LumpSumRefusedException(LumpSumRefusal.NO_SUCH_LINE));
    }

    /**
     * Changes one line of the cycle as given by name (not deducted with a reason, or back to deducted), on the
     * version the caller saw; answers the line as saved. Refusals as for the screens, plus the reading ones of
     * {@link LineUpdateRule}.
     */
    public LumpSumLineView update(long cycleId, LineRef ref, LineUpdate update) {
        LumpSumLineView current = line(cycleId, ref.id());
        LineUpdateRule.Parsed parsed;
        try {
            parsed = LineUpdateRule.parse(update);
        } catch (LineUpdateRule.RefusedException e) {
            throw new LumpSumRefusedException(e.refusal(), null, current.lineNumber());
        }
        if (parsed.clears()) {
            clear(ref.id(), ref.version());
        } else {
            markNotDeducted(ref.id(), ref.version(), parsed.reason(), parsed.note(), parsed.paymentStop());
        }
        return line(cycleId, ref.id());
    }

    /** The lines as they are now, for a user who was told that someone saved them first. */
    public List<LineRef> currentVersions(List<Long> lineIds) {
        UserAccount user = user();
        return lineIds.stream().map(id -> ownLine(user, id)).map(l -> new LineRef(l.getId(), l.getVersion())).toList();
    }

    /** The line's recorded changes, newest first. */
    public List<LineChangeView> history(long lineId) {
        DeductionLine line = ownLine(user(), lineId);
        return em.createNamedQuery(DeductionLineChange.OF_LINE, DeductionLineChange.class)
                .setParameter("line", line.getId())
                .getResultStream()
                .map(c -> new LineChangeView(c.getChangedBy(), c.getChangedAt(), c.getField(), c.getBeforeValue(),
                        c.getAfterValue()))
                .toList();
    }

    public PaymentRequestView paymentRequest(long cycleId) {
        UserAccount user = user();
        Organization org = user.getOrganization();
        OrganizationCycle oc = cycles.findOrCreate(org.getId(), ownCycle(user, cycleId));
        PaymentRequestTotals totals = new LumpSumLineQuery(em, org.getId(), cycleId).calculator().totals();
        return new PaymentRequestView(org.getContractNumber(), org.getName(), view(user, oc), totals,
                LocalDateTime.now(clock));
    }

    /** 承認: by a user with the send right who did not make the last change (a sole user may, recorded so). */
    public OrganizationCycleView approve(long cycleId) {
        UserAccount user = user();
        OrganizationCycle oc = cycles.locked(user.getOrganization().getId(), ownCycle(user, cycleId));
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.organization = :org AND u.deletedAt IS NULL", Long.class)
                .setParameter("org", user.getOrganization()).getSingleResult();
        boolean alone = workflow(oc, () -> CycleWorkflow.approve(oc.getStatus(), user.getLoginId(),
                DeductionRights.maySend(user), oc.getLastChangedBy(), DeductionRights.usersForDualControl(users)));
        oc.approved(user.getLoginId(), alone, LocalDateTime.now(clock));
        return view(user, oc);
    }

    /** 送信: an approved cycle until the end of its cut-off day; then it is frozen. */
    public OrganizationCycleView send(long cycleId) {
        UserAccount user = user();
        OrganizationCycle oc = cycles.locked(user.getOrganization().getId(), ownCycle(user, cycleId));
        boolean open = cycles.cutOffOpen(oc);
        CycleStatus next = workflow(oc, () -> CycleWorkflow.send(oc.getStatus(), DeductionRights.maySend(user), open));
        oc.sent(next, user.getLoginId(), LocalDateTime.now(clock));
        return view(user, oc);
    }

    public void paymentRequestPdf(long cycleId, OutputStream out) {
        try {
            PaymentRequestPdfWriter.write(paymentRequest(cycleId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface LineEdit {
        void apply(DeductionLine line);
    }

    /** One save of one or more lines: cycle locked, rights, versions, the edit, history, status. */
    private void edit(List<LineRef> selection, LineEdit change) {
        if (selection == null || selection.isEmpty()) {
            throw new LumpSumRefusedException(LumpSumRefusal.NOTHING_SELECTED);
        }
        UserAccount user = user();
        if (!DeductionRights.mayUpdate(user)) {
            throw new LumpSumRefusedException(LumpSumRefusal.NO_UPDATE_RIGHT);
        }
        List<DeductionLine> lines = new ArrayList<>();
        for (LineRef ref : selection) {
            lines.add(ownLine(user, ref.id()));
        }
        DeductionCycle cycle = lines.get(0).getCycle();
        if (lines.stream().anyMatch(l -> !l.getCycle().getId().equals(cycle.getId()))) {
            throw new LumpSumRefusedException(LumpSumRefusal.LINES_OF_SEVERAL_CYCLES);
        }
        OrganizationCycle oc = cycles.locked(user.getOrganization().getId(), cycle);
        CycleStatus next = workflow(oc, () -> CycleWorkflow.afterEdit(oc.getStatus()));
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < lines.size(); i++) {
            DeductionLine line = lines.get(i);
            em.refresh(line);
            if (line.getVersion() != selection.get(i).version()) {
                throw new LumpSumRefusedException(LumpSumRefusal.STALE, null, line.getLineNumber());
            }
            State before = state(line);
            change.apply(line);
            for (LineMarkRule.Change c : LineMarkRule.changes(before, state(line))) {
                em.persist(new DeductionLineChange(line.getId(), user.getLoginId(), now, c.field(), c.before(), c.after()));
            }
        }
        oc.changed(next, user.getLoginId(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new LumpSumRefusedException(LumpSumRefusal.STALE);
        }
    }

    private static State state(DeductionLine line) {
        return new State(line.getResultCode(), line.getNotDeductedReason(), line.getNote(), line.isPaymentStopped());
    }

    private static <T> T workflow(OrganizationCycle oc, Supplier<T> move) {
        try {
            return move.get();
        } catch (CycleWorkflow.RefusedException e) {
            throw new LumpSumRefusedException(LumpSumRefusal.valueOf(e.refusal().name()), oc.getCutOffDate(), null);
        }
    }

    private OrganizationCycleView view(UserAccount user, OrganizationCycle oc) {
        return cycles.view(oc, DeductionRights.mayUpdate(user), DeductionRights.maySend(user));
    }

    private UserAccount user() {
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", context.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                // まとめ入金型 only: a payroll-type organisation's cycles are not worked here, over the web or the API.
                .filter(u -> u.getOrganization() != null
                        && u.getOrganization().getServices().contains(ServiceKind.LUMP_SUM)
                        && DeductionRights.mayView(u))
                .orElseThrow(() -> new jakarta.ejb.EJBAccessException("No lump-sum organisation user behind the caller"));
    }

    private DeductionCycle ownCycle(UserAccount user, long cycleId) {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        boolean hasLines = cycle != null && new LumpSumLineQuery(em, user.getOrganization().getId(), cycleId).any();
        if (!hasLines) {
            throw new NoSuchCycleException(cycleId);
        }
        return cycle;
    }

    private DeductionLine ownLine(UserAccount user, long lineId) {
        DeductionLine line = em.find(DeductionLine.class, lineId);
        if (line == null || !line.getOrganizationId().equals(user.getOrganization().getId())) {
            throw new LumpSumRefusedException(LumpSumRefusal.NO_SUCH_LINE);
        }
        return line;
    }
}
