package jp.kojo.batch.zaikeiout;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kojo.batch.zaikeiout.ZaikeiDepositFile.Deposit;
import jp.kojo.batch.zaikeiout.ZaikeiDepositFile.Line;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * Writes every sent deposit statement not exported yet into one file in the outbox, in one transaction: the rows
 * are locked, the file is written under a temporary dot name, forced to disk and renamed, then the rows are marked
 * with the file name. A failure before the mark rolls the marks back, so the next run writes them again.
 */
@Stateless
@PermitAll
public class ZaikeiDepositExport {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** @return the file written, or empty when nothing was waiting */
    public Optional<String> export(Path outbox, long executionId) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = "zaikei-deposits-" + now.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + String.format("%08d", executionId) + ".csv";
        try (Connection c = dataSource.getConnection()) {
            List<Deposit> deposits = pending(c);
            if (deposits.isEmpty()) {
                return Optional.empty();
            }
            Files.createDirectories(outbox);
            Path temp = outbox.resolve("." + name + ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 Writer out = new java.io.OutputStreamWriter(java.nio.channels.Channels.newOutputStream(channel), WINDOWS_31J)) {
                ZaikeiDepositFile.write(deposits, out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE zaikei_deposit SET export_file = ?, exported_at = ? WHERE id = ? AND exported_at IS NULL")) {
                for (Deposit d : deposits) {
                    ps.setString(1, name);
                    ps.setTimestamp(2, Timestamp.valueOf(now));
                    ps.setLong(3, d.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return Optional.of(name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Deposit> pending(Connection c) throws SQLException {
        List<Deposit> deposits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, o.contract_number, d.deposit_date, d.sent_at"
                + " FROM zaikei_deposit d JOIN organization o ON o.id = d.organization_id"
                + " WHERE d.status = 'SENT' AND d.exported_at IS NULL ORDER BY o.contract_number, d.deposit_date"
                + " FOR UPDATE")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deposits.add(new Deposit(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getTimestamp(4).toLocalDateTime(), new ArrayList<>()));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT savings_contract, person_number, name_kana, birth_date,"
                + " savings_kind, change_kind, monthly_amount, bonus_amount, stopped FROM zaikei_deposit_line"
                + " WHERE deposit_id = ? ORDER BY line_number")) {
            for (Deposit d : deposits) {
                ps.setLong(1, d.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String change = rs.getString(6);
                        d.lines().add(new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), ZaikeiKind.valueOf(rs.getString(5)).code(),
                                change == null ? "0" : ZaikeiChangeKind.valueOf(change).code(), rs.getLong(7),
                                rs.getLong(8), rs.getBoolean(9)));
                    }
                }
            }
        }
        return deposits;
    }
}
