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
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.Roles;
import jp.kojo.zaikei.control.ZaikeiRights;
import jp.kojo.zaikei.control.ZaikeiStatementQuery;
import jp.kojo.zaikei.control.ZaikeiStatementReport;
import jp.kojo.zaikei.entity.ZaikeiStatement;

/**
 * お積立明細書照会: the caller's employer's savings statements (its last three runs), filtered, sorted, totalled by
 * kind, as CSV and PDF. Needs the view right in the ZAIKEI service; another employer's statement answers like one
 * that does not exist.
 */
@Stateless
@RolesAllowed(Roles.ORG_USER)
public class ZaikeiStatements {
    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    /** The employer's statements, newest first. */
    public List<ZaikeiStatementView> statements() {
        Organization organization = viewer().getOrganization();
        return em.createQuery("SELECT s FROM ZaikeiStatement s WHERE s.organizationId = :org"
                        + " ORDER BY s.depositDate DESC, s.id DESC", ZaikeiStatement.class)
                .setParameter("org", organization.getId())
                .getResultStream().map(ZaikeiStatements::view).toList();
    }

    public ZaikeiStatementHeader header(long statementId, ZaikeiLineFilter filter) {
        Organization organization = viewer().getOrganization();
        ZaikeiStatement statement = own(organization, statementId);
        return new ZaikeiStatementHeader(organization.getContractNumber(), organization.getName(), view(statement),
                new ZaikeiStatementQuery(em, statementId, filter).totals(), LocalDateTime.now(clock));
    }

    public List<ZaikeiLineView> lines(long statementId, ZaikeiLineFilter filter, ZaikeiLineSort sort, boolean ascending) {
        own(viewer().getOrganization(), statementId);
        return new ZaikeiStatementQuery(em, statementId, filter).lines(sort, ascending);
    }

    public void exportCsv(long statementId, ZaikeiLineFilter filter, ZaikeiLineSort sort, boolean ascending,
                          CsvEncoding encoding, OutputStream out) {
        try {
            ZaikeiStatementReport.csv(lines(statementId, filter, sort, ascending), encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void exportPdf(long statementId, ZaikeiLineFilter filter, ZaikeiLineSort sort, boolean ascending,
                          OutputStream out) {
        try {
            ZaikeiStatementReport.pdf(header(statementId, filter), lines(statementId, filter, sort, ascending), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserAccount viewer() {
        UserAccount user = caller.get();
        if (!ZaikeiRights.access(user).view()) {
            throw new EJBAccessException("No view right in the asset-formation savings service");
        }
        return user;
    }

    private ZaikeiStatement own(Organization organization, long statementId) {
        ZaikeiStatement statement = em.find(ZaikeiStatement.class, statementId);
        if (statement == null || statement.getOrganizationId() != organization.getId()) {
            throw new NoSuchStatementException(statementId);
        }
        return statement;
    }

    static ZaikeiStatementView view(ZaikeiStatement s) {
        return new ZaikeiStatementView(s.getId(), s.getYearMonth(), s.getRunKind(), s.getDepositDate(), s.getLoadedAt());
    }
}
