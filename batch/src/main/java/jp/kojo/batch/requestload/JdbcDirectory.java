package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The validator's look-ups, over one connection the caller owns. A file names thousands of organisations: their
 * ids, and which of them have lines in the file's cycle already, are read once each in one query, not once per
 * organisation (a round trip each cost seconds per file). So a directory answers for one validation: what it has
 * read once, it keeps.
 */
public final class JdbcDirectory implements RequestValidator.Directory {
    private final Connection connection;
    private Map<String, Long> organizations;
    private final Map<String, Set<Long>> withLines = new HashMap<>();

    public JdbcDirectory(Connection connection) {
        this.connection = connection;
    }

    /** Every organisation's id by its contract number, in one query. */
    public static Map<String, Long> organizations(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_number, id FROM organization");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    @Override
    public OptionalLong organizationId(String contractNumber) {
        try {
            if (organizations == null) {
                organizations = organizations(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Long id = organizations.get(contractNumber);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public boolean organizationHasLines(long organizationId, YearMonth yearMonth, CycleKind kind) {
        return withLines.computeIfAbsent(yearMonth + "/" + kind, k -> organizationsWithLines(yearMonth, kind))
                .contains(organizationId);
    }

    private Set<Long> organizationsWithLines(YearMonth yearMonth, CycleKind kind) {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT DISTINCT l.organization_id FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id"
                        + " WHERE c.year_month = ? AND c.kind = ?")) {
            ps.setString(1, InterchangeFileStore.yearMonthColumn(yearMonth));
            ps.setString(2, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Override
    public Optional<LocalDate> cycleDeductionDate(YearMonth yearMonth, CycleKind kind) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT deduction_date FROM deduction_cycle WHERE year_month = ? AND kind = ?")) {
            ps.setString(1, InterchangeFileStore.yearMonthColumn(yearMonth));
            ps.setString(2, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, LocalDate.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
