package jp.kojo.savings.boundary;

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
import jp.kojo.savings.control.CollectiveMemberRows;
import jp.kojo.savings.control.CollectiveSavingsQuery;
import jp.kojo.savings.control.CollectiveSavingsReport;
import jp.kojo.savings.control.CollectiveSavingsRights;
import jp.kojo.savings.entity.CollectiveSavingsStatement;

/**
 * 一斉積立内訳明細表: the caller's union's breakdown statements (its last runs), one row per member with the
 * contribution by product, filtered, sorted, totalled by product, as CSV and PDF. Needs the view right in the
 * COLLECTIVE_SAVINGS service; another union's statement answers like one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.ORG_USER)
public class CollectiveSavingsStatements {
    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    /** The union's statements, newest first. */
    public List<CollectiveStatementView> statements() {
        Organization organization = viewer().getOrganization();
        return em.createQuery("SELECT s FROM CollectiveSavingsStatement s WHERE s.organizationId = :org"
                        + " ORDER BY s.savingsDate DESC, s.id DESC", CollectiveSavingsStatement.class)
                .setParameter("org", organization.getId())
                .getResultStream().map(CollectiveSavingsStatements::view).toList();
    }

    /** @throws NoSuchCollectiveStatementException when missing or another union's */
    public CollectiveStatementHeader header(long statementId, CollectiveMemberFilter filter) {
        Organization organization = viewer().getOrganization();
        CollectiveSavingsStatement statement = own(organization, statementId);
        return new CollectiveStatementHeader(organization.getContractNumber(), organization.getName(), view(statement),
                new CollectiveSavingsQuery(em, statementId, filter).totals(), LocalDateTime.now(clock));
    }

    /** @throws NoSuchCollectiveStatementException when missing or another union's */
    public List<CollectiveMemberRow> members(long statementId, CollectiveMemberFilter filter, CollectiveMemberSort sort,
                                             boolean ascending) {
        own(viewer().getOrganization(), statementId);
        return CollectiveMemberRows.of(new CollectiveSavingsQuery(em, statementId, filter).lines(), sort, ascending);
    }

    /** Windows-31J for Japanese Excel, or UTF-8 with a byte-order mark when {@code utf8WithBom}. */
    public void exportCsv(long statementId, CollectiveMemberFilter filter, CollectiveMemberSort sort, boolean ascending,
                          boolean utf8WithBom, OutputStream out) {
        try {
            CollectiveSavingsReport.csv(members(statementId, filter, sort, ascending),
                    utf8WithBom ? CsvEncoding.UTF8_BOM : CsvEncoding.WINDOWS_31J, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void exportPdf(long statementId, CollectiveMemberFilter filter, CollectiveMemberSort sort, boolean ascending,
                          OutputStream out) {
        try {
            CollectiveSavingsReport.pdf(header(statementId, filter), members(statementId, filter, sort, ascending), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserAccount viewer() {
        UserAccount user = caller.get();
        if (!CollectiveSavingsRights.access(user).view()) {
            throw new EJBAccessException("No view right in the union-wide savings service");
        }
        return user;
    }

    private CollectiveSavingsStatement own(Organization organization, long statementId) {
        CollectiveSavingsStatement statement = em.find(CollectiveSavingsStatement.class, statementId);
        if (statement == null || statement.getOrganizationId() != organization.getId()) {
            throw new NoSuchCollectiveStatementException(statementId);
        }
        return statement;
    }

    static CollectiveStatementView view(CollectiveSavingsStatement s) {
        return new CollectiveStatementView(s.getId(), s.getYearMonth(), s.getRunKind(), s.getSavingsDate(),
                s.getLoadedAt());
    }
}
