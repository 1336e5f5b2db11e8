package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kojo.deduction.entity.CycleKind;

/** The validator's look-ups, over one connection the caller owns. */
public final class JdbcDirectory implements RequestValidator.Directory {
    private final Connection connection;

    public JdbcDirectory(Connection connection) {
        this.connection = connection;
    }

    @Override
    public OptionalLong organizationId(String contractNumber) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM organization WHERE contract_number = ?")) {
            ps.setString(1, contractNumber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean organizationHasLines(long organizationId, YearMonth yearMonth, CycleKind kind) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id"
                        + " WHERE c.year_month = ? AND c.kind = ? AND l.organization_id = ?")) {
            ps.setMaxRows(1);
            ps.setString(1, InterchangeFileStore.yearMonthColumn(yearMonth));
            ps.setString(2, kind.name());
            ps.setLong(3, organizationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
