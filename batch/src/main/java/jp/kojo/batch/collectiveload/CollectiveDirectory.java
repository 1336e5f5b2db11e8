package jp.kojo.batch.collectiveload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;
import jp.kojo.deduction.entity.CycleKind;

/** What the validator asks the database: unions and their statements already loaded. */
public interface CollectiveDirectory {

    /** An organisation by contract number, and whether its contract has the COLLECTIVE_SAVINGS service. */
    record Union(long id, boolean collectiveSavings) {
    }

    Optional<Union> union(String contractNumber);

    boolean statementExists(long organizationId, YearMonth yearMonth, CycleKind runKind);

    /** Over plain JDBC. */
    static CollectiveDirectory jdbc(Connection c) {
        return new CollectiveDirectory() {
            @Override
            public Optional<Union> union(String contractNumber) {
                try (PreparedStatement ps = c.prepareStatement("SELECT o.id, (SELECT COUNT(*) FROM organization_service s"
                        + " WHERE s.organization_id = o.id AND s.service_kind = 'COLLECTIVE_SAVINGS') FROM organization o"
                        + " WHERE o.contract_number = ?")) {
                    ps.setString(1, contractNumber);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new Union(rs.getLong(1), rs.getLong(2) > 0)) : Optional.empty();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean statementExists(long organizationId, YearMonth yearMonth, CycleKind runKind) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM collective_savings_statement"
                        + " WHERE organization_id = ? AND year_month = ? AND run_kind = ?")) {
                    ps.setLong(1, organizationId);
                    ps.setString(2, yearMonth.toString());
                    ps.setString(3, runKind.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
