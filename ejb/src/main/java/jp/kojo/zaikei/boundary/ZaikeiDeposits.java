package jp.kojo.zaikei.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.deduction.control.CycleWorkflow;
import jp.kojo.deduction.control.DeductionRights;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.organization.control.CutOffSettings;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.Roles;
import jp.kojo.zaikei.control.ZaikeiChangeRule;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Change;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.control.ZaikeiDeadline;
import jp.kojo.zaikei.control.ZaikeiDepositCalculator;
import jp.kojo.zaikei.control.ZaikeiDepositReport;
import jp.kojo.zaikei.control.ZaikeiDepositStore;
import jp.kojo.zaikei.control.ZaikeiRights;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiDeposit;
import jp.kojo.zaikei.entity.ZaikeiDepositChange;
import jp.kojo.zaikei.entity.ZaikeiDepositLine;
import jp.kojo.zaikei.entity.ZaikeiStatement;

/**
 * 預入明細書 (明細送信): the employer builds its deposit statement from its latest savings statement with its staff's
 * changes, checked by the bank's rules; a user with the send right who did not make the last change approves (a
 * sole user may, recorded so), and it is sent until 4 business days before the deposit date; sent, it is frozen.
 * Every call is fenced by the caller's employer and checks the ZAIKEI rights; the deposit is locked while changed.
 */
@Stateless
@RolesAllowed(Roles.ORG_USER)
public class ZaikeiDeposits {
    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    @Inject
    ZaikeiDepositStore store;

    @EJB
    ServiceCalendar calendar;

    @Inject
    CutOffSettings cutOffSettings;

    /** The deposit statement for the next deposit after the latest savings statement; empty without a statement. */
    public Optional<ZaikeiDepositView> current() {
        UserAccount user = viewer();
        long org = user.getOrganization().getId();
        Optional<ZaikeiStatement> statement = store.latestStatement(org);
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        LocalDate depositDate = ZaikeiDeadline.nextDeposit(statement.get().getYearMonth(), calendar::businessDaysBefore);
        ZaikeiDeposit deposit = store.byDate(org, depositDate).orElseGet(() -> {
            // Two first opens at once would both insert and one would hit uk_zaikei_deposit: the employer's row lock
            // makes the second wait for the first to commit, then it finds the draft the first one made.
            em.find(Organization.class, org, LockModeType.PESSIMISTIC_WRITE);
            return store.byDate(org, depositDate).orElseGet(() -> {
                ZaikeiDeposit created = new ZaikeiDeposit(org, statement.get().getId(), depositDate,
                        ZaikeiDeadline.sendBy(depositDate, cutOffSettings.businessDaysBefore(org, ServiceKind.ZAIKEI),
                                calendar::businessDaysBefore));
                em.persist(created);
                em.flush();
                return created;
            });
        });
        return Optional.of(view(user, deposit));
    }

    public ZaikeiDepositView deposit(long depositId) {
        UserAccount user = viewer();
        return view(user, own(user, depositId, false));
    }

    /** Adds a change after the bank's rules; answers the deposit statement as it is now. */
    public ZaikeiDepositView addChange(long depositId, ZaikeiChangeRequest request) {
        UserAccount user = updater();
        ZaikeiDeposit deposit = own(user, depositId, true);
        CycleStatus next = editable(deposit);
        if (request == null || request.kind() == null) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.CHANGE_KIND_REQUIRED);
        }
        List<Contract> contracts = store.contracts(deposit.getStatementId());
        List<Change> accepted = store.changes(depositId).stream().map(ZaikeiDepositStore::change).toList();
        boolean stop = request.kind() == ZaikeiChangeKind.STOP;
        Change change = new Change(request.kind(), blankToNull(request.savingsContract()), blankToNull(request.personNumber()),
                request.nameKana() == null ? null : request.nameKana().strip(), request.birthDate(), request.savingsKind(),
                stop ? 0 : request.monthly(), stop ? 0 : request.bonus());
        try {
            ZaikeiChangeRule.check(change, contracts, accepted, deposit.getDepositDate());
        } catch (ZaikeiChangeRule.RefusedException e) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.valueOf(e.refusal().name()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (change.kind() == ZaikeiChangeKind.NEW_ENROLMENT) {
            em.persist(new ZaikeiDepositChange(depositId, change.kind(), null, change.personNumber(), change.nameKana(),
                    change.birthDate(), change.savingsKind(), change.monthly(), change.bonus(), user.getLoginId(), now));
        } else {
            Contract contract = contracts.stream().filter(c -> c.savingsContract().equals(change.savingsContract()))
                    .findFirst().orElseThrow();
            em.persist(new ZaikeiDepositChange(depositId, change.kind(), contract.savingsContract(),
                    contract.personNumber(), contract.nameKana(), contract.birthDate(), contract.kind(), change.monthly(),
                    change.bonus(), user.getLoginId(), now));
        }
        deposit.changed(next, user.getLoginId(), now);
        em.flush();
        return view(user, deposit);
    }

    public ZaikeiDepositView removeChange(long depositId, long changeId) {
        UserAccount user = updater();
        ZaikeiDeposit deposit = own(user, depositId, true);
        CycleStatus next = editable(deposit);
        ZaikeiDepositChange change = em.find(ZaikeiDepositChange.class, changeId);
        if (change == null || change.getDepositId() != depositId) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.NO_SUCH_CHANGE);
        }
        em.remove(change);
        deposit.changed(next, user.getLoginId(), LocalDateTime.now(clock));
        em.flush();
        return view(user, deposit);
    }

    /** 承認: as the deductions' dual control ({@link CycleWorkflow#approve}). */
    public ZaikeiDepositView approve(long depositId) {
        UserAccount user = viewer();
        ZaikeiDeposit deposit = own(user, depositId, true);
        if (!open(deposit)) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.DEADLINE_PASSED, deposit.getSendBy());
        }
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.organization = :org AND u.deletedAt IS NULL",
                Long.class).setParameter("org", user.getOrganization()).getSingleResult();
        boolean alone = workflow(deposit, () -> CycleWorkflow.approve(deposit.getStatus(), user.getLoginId(),
                ZaikeiRights.access(user).send(), deposit.getLastChangedBy(), DeductionRights.usersForDualControl(users)));
        deposit.approved(user.getLoginId(), alone, LocalDateTime.now(clock));
        return view(user, deposit);
    }

    /** 送信: an approved deposit statement until its deadline; its lines are kept as sent and it is frozen. */
    public ZaikeiDepositView send(long depositId) {
        UserAccount user = viewer();
        ZaikeiDeposit deposit = own(user, depositId, true);
        workflow(deposit, () -> CycleWorkflow.send(deposit.getStatus(), ZaikeiRights.access(user).send(), open(deposit)));
        List<ZaikeiDepositCalculator.Line> lines = ZaikeiDepositCalculator.lines(store.contracts(deposit.getStatementId()),
                store.changes(depositId).stream().map(ZaikeiDepositStore::change).toList());
        int number = 0;
        for (ZaikeiDepositCalculator.Line l : lines) {
            em.persist(new ZaikeiDepositLine(depositId, ++number, l.savingsContract(), l.personNumber(), l.nameKana(),
                    l.birthDate(), l.kind(), l.previousMonthly(), l.previousBonus(), l.monthly(), l.bonus(), l.stopped(), l.change()));
        }
        deposit.sent(user.getLoginId(), LocalDateTime.now(clock));
        em.flush();
        return view(user, deposit);
    }

    public void exportCsv(long depositId, CsvEncoding encoding, OutputStream out) {
        try {
            ZaikeiDepositReport.csv(deposit(depositId), encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void exportPdf(long depositId, OutputStream out) {
        try {
            ZaikeiDepositReport.pdf(deposit(depositId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean open(ZaikeiDeposit deposit) {
        return !calendar.today().isAfter(deposit.getSendBy());
    }

    private CycleStatus editable(ZaikeiDeposit deposit) {
        CycleStatus next = workflow(deposit, () -> CycleWorkflow.afterEdit(deposit.getStatus()));
        if (!open(deposit)) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.DEADLINE_PASSED, deposit.getSendBy());
        }
        return next;
    }

    private static <T> T workflow(ZaikeiDeposit deposit, Supplier<T> move) {
        try {
            return move.get();
        } catch (CycleWorkflow.RefusedException e) {
            ZaikeiRefusal refusal = e.refusal() == CycleWorkflow.Refusal.CUT_OFF_PASSED ? ZaikeiRefusal.DEADLINE_PASSED
                    : ZaikeiRefusal.valueOf(e.refusal().name());
            throw new ZaikeiRefusedException(refusal, refusal == ZaikeiRefusal.DEADLINE_PASSED ? deposit.getSendBy() : null);
        }
    }

    private ZaikeiDepositView view(UserAccount user, ZaikeiDeposit deposit) {
        ServiceAccess access = ZaikeiRights.access(user);
        List<ZaikeiDepositChange> changes = store.changes(deposit.getId());
        List<ZaikeiDepositLineView> lines;
        if (deposit.getStatus() == CycleStatus.SENT) {
            lines = store.sentLines(deposit.getId()).stream().map(l -> new ZaikeiDepositLineView(l.getSavingsContract(),
                    l.getPersonNumber(), l.getNameKana(), l.getBirthDate(), l.getKind(), l.getPreviousMonthly(), l.getPreviousBonus(),
                    l.getMonthly(), l.getBonus(), l.isStopped(), l.getChange())).toList();
        } else {
            lines = ZaikeiDepositCalculator.lines(store.contracts(deposit.getStatementId()),
                    changes.stream().map(ZaikeiDepositStore::change).toList()).stream()
                    .map(l -> new ZaikeiDepositLineView(l.savingsContract(), l.personNumber(), l.nameKana(), l.birthDate(), l.kind(),
                            l.previousMonthly(), l.previousBonus(), l.monthly(), l.bonus(), l.stopped(), l.change()))
                    .toList();
        }
        List<ZaikeiDepositTotal> totals = ZaikeiDepositCalculator.totals(lines.stream()
                        .map(l -> new ZaikeiDepositCalculator.Line(l.savingsContract(), l.personNumber(), l.nameKana(),
                                l.birthDate(), l.kind(), l.previousMonthly(), l.previousBonus(), l.monthly(), l.bonus(), l.stopped(),
                                l.change())).toList())
                .stream().map(t -> new ZaikeiDepositTotal(t.kind(), t.savingContracts(), t.monthly(), t.bonus())).toList();
        ZaikeiStatement statement = deposit.getStatementId() == null ? null
                : em.find(ZaikeiStatement.class, deposit.getStatementId());
        String label = statement == null ? "" : ZaikeiStatements.view(statement).labelJa();
        return new ZaikeiDepositView(deposit.getId(), user.getOrganization().getContractNumber(),
                user.getOrganization().getName(), label, deposit.getDepositDate(), deposit.getSendBy(), !open(deposit),
                deposit.getStatus(), deposit.getLastChangedBy(), deposit.getApprovedBy(), deposit.isApprovedAlone(),
                deposit.getApprovedAt(), deposit.getSentBy(), deposit.getSentAt(), access.update(), access.send(),
                changes.stream().map(c -> new ZaikeiChangeView(c.getId(), c.getKind(), c.getSavingsContract(),
                        c.getPersonNumber(), c.getNameKana(), c.getSavingsKind(), c.getMonthlyAmount(),
                        c.getBonusAmount(), c.getChangedBy())).toList(),
                lines, totals, LocalDateTime.now(clock));
    }

    private ZaikeiDeposit own(UserAccount user, long depositId, boolean lock) {
        return store.own(user.getOrganization().getId(), depositId, lock)
                .orElseThrow(() -> new NoSuchDepositException(depositId));
    }

    private UserAccount viewer() {
        UserAccount user = caller.get();
        if (!ZaikeiRights.access(user).view()) {
            throw new EJBAccessException("No view right in the asset-formation savings service");
        }
        return user;
    }

    private UserAccount updater() {
        UserAccount user = viewer();
        if (!ZaikeiRights.access(user).update()) {
            throw new ZaikeiRefusedException(ZaikeiRefusal.NO_UPDATE_RIGHT);
        }
        return user;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
