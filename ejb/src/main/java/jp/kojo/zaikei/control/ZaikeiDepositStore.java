package jp.kojo.zaikei.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Change;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.entity.ZaikeiDeposit;
import jp.kojo.zaikei.entity.ZaikeiDepositChange;
import jp.kojo.zaikei.entity.ZaikeiDepositLine;
import jp.kojo.zaikei.entity.ZaikeiStatement;
import jp.kojo.zaikei.entity.ZaikeiStatementLine;

/** Reads and locks deposit statements, their changes and their statement's contracts. */
@Dependent
public class ZaikeiDepositStore {
    @PersistenceContext
    EntityManager em;

    /** The employer's newest statement. */
    public Optional<ZaikeiStatement> latestStatement(long organizationId) {
        return em.createQuery("SELECT s FROM ZaikeiStatement s WHERE s.organizationId = :org"
                        + " ORDER BY s.depositDate DESC, s.id DESC", ZaikeiStatement.class)
                .setParameter("org", organizationId).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<ZaikeiDeposit> byDate(long organizationId, java.time.LocalDate depositDate) {
        return em.createQuery("SELECT d FROM ZaikeiDeposit d WHERE d.organizationId = :org AND d.depositDate = :date",
                        ZaikeiDeposit.class)
                .setParameter("org", organizationId).setParameter("date", depositDate)
                .getResultStream().findFirst();
    }

    /** The employer's deposit statement, or empty when missing or another employer's; locked when asked. */
    public Optional<ZaikeiDeposit> own(long organizationId, long depositId, boolean lock) {
        ZaikeiDeposit deposit = lock ? em.find(ZaikeiDeposit.class, depositId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ZaikeiDeposit.class, depositId);
        return deposit == null || deposit.getOrganizationId() != organizationId ? Optional.empty() : Optional.of(deposit);
    }

    public List<Contract> contracts(Long statementId) {
        if (statementId == null) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM ZaikeiStatementLine l WHERE l.statement.id = :s ORDER BY l.lineNumber",
                        ZaikeiStatementLine.class)
                .setParameter("s", statementId).getResultStream()
                .map(l -> new Contract(l.getSavingsContract(), l.getPersonNumber(), l.getNameKana(), l.getBirthDate(),
                        l.getKind(), l.getMonthlyAmount(), l.getBonusAmount(), l.getBalance(), l.isStopped()))
                .toList();
    }

    public List<ZaikeiDepositChange> changes(long depositId) {
        return em.createQuery("SELECT c FROM ZaikeiDepositChange c WHERE c.depositId = :d ORDER BY c.id",
                ZaikeiDepositChange.class).setParameter("d", depositId).getResultList();
    }

    public List<ZaikeiDepositLine> sentLines(long depositId) {
        return em.createQuery("SELECT l FROM ZaikeiDepositLine l WHERE l.depositId = :d ORDER BY l.lineNumber",
                ZaikeiDepositLine.class).setParameter("d", depositId).getResultList();
    }

    public static Change change(ZaikeiDepositChange c) {
        return new Change(c.getKind(), c.getSavingsContract(), c.getPersonNumber(), c.getNameKana(), c.getBirthDate(),
                c.getSavingsKind(), c.getMonthlyAmount(), c.getBonusAmount());
    }
}
