package jp.kojo.zaikei.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.Roles;
import jp.kojo.zaikei.control.ZaikeiAlertRule;
import jp.kojo.zaikei.control.ZaikeiDepositStore;
import jp.kojo.zaikei.control.ZaikeiReportWriter;
import jp.kojo.zaikei.control.ZaikeiRights;
import jp.kojo.zaikei.control.ZaikeiStatementDiff;
import jp.kojo.zaikei.entity.ZaikeiStatement;
import jp.kojo.zaikei.entity.ZaikeiStatementLine;

/**
 * 財形積立変更明細書 and 財形アラーム明細 of one of the employer's runs: the changes since the run before it, and the
 * tax-free limit and contribution alerts. View right in ZAIKEI; another employer's run answers as missing.
 */
@Stateless
@RolesAllowed(Roles.ORG_USER)
public class ZaikeiReports {
    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    @Inject
    ZaikeiDepositStore store;

    public ZaikeiReportView report(long statementId) {
        UserAccount user = caller.get();
        if (!ZaikeiRights.access(user).view()) {
            throw new EJBAccessException("No view right in the asset-formation savings service");
        }
        Organization organization = user.getOrganization();
        ZaikeiStatement statement = em.find(ZaikeiStatement.class, statementId);
        if (statement == null || statement.getOrganizationId() != organization.getId()) {
            throw new NoSuchStatementException(statementId);
        }
        ZaikeiStatement previous = em.createQuery("SELECT s FROM ZaikeiStatement s WHERE s.organizationId = :org"
                        + " AND (s.depositDate < :date OR (s.depositDate = :date AND s.id < :id))"
                        + " ORDER BY s.depositDate DESC, s.id DESC", ZaikeiStatement.class)
                .setParameter("org", organization.getId()).setParameter("date", statement.getDepositDate())
                .setParameter("id", statement.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        var contracts = store.contracts(statementId);
        List<ZaikeiChangeLineView> changes = ZaikeiStatementDiff.between(
                        previous == null ? List.of() : store.contracts(previous.getId()), contracts).stream()
                .map(l -> new ZaikeiChangeLineView(l.kind().nameJa(), l.kind().nameEn(), l.savingsContract(),
                        l.personNumber(), l.nameKana(), l.savingsKind(), l.monthlyBefore(), l.bonusBefore(),
                        l.monthlyAfter(), l.bonusAfter()))
                .toList();
        Map<String, LocalDate> lastContributions = new HashMap<>();
        for (ZaikeiStatementLine line : em.createQuery("SELECT l FROM ZaikeiStatementLine l WHERE l.statement.id = :s",
                ZaikeiStatementLine.class).setParameter("s", statementId).getResultList()) {
            lastContributions.put(line.getSavingsContract(),
                    line.getLastContribution() == null ? line.getStartDate() : line.getLastContribution());
        }
        List<ZaikeiAlertView> alerts = ZaikeiAlertRule.of(contracts, lastContributions, statement.getDepositDate())
                .stream().map(a -> new ZaikeiAlertView(a.kind().nameJa(), a.kind().nameEn(), a.personNumber(),
                        a.nameKana(), a.savingsContract(), a.savingsKind(), a.amount(), a.since())).toList();
        return new ZaikeiReportView(organization.getContractNumber(), organization.getName(),
                ZaikeiStatements.view(statement), previous == null ? null : ZaikeiStatements.view(previous), changes,
                alerts, LocalDateTime.now(clock));
    }

    public void changesCsv(long statementId, CsvEncoding encoding, OutputStream out) {
        try {
            ZaikeiReportWriter.changesCsv(report(statementId), encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void changesPdf(long statementId, OutputStream out) {
        try {
            ZaikeiReportWriter.changesPdf(report(statementId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void alertsCsv(long statementId, CsvEncoding encoding, OutputStream out) {
        try {
            ZaikeiReportWriter.alertsCsv(report(statementId), encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void alertsPdf(long statementId, OutputStream out) {
        try {
            ZaikeiReportWriter.alertsPdf(report(statementId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
