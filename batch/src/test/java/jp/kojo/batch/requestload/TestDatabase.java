package jp.kojo.batch.requestload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory H2 database with Kojo's schema (V1__foundation.sql of the ejb module). */
final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase() {
    }

    static Path schema() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path sql = base.resolve("../ejb/src/main/resources/db/migration/V1__foundation.sql").normalize();
        if (!Files.isRegularFile(sql)) {
            throw new IllegalStateException("schema not found: " + sql);
        }
        return sql;
    }

    /** The request-file load's staging table. */
    static Path staging() {
        return schema().resolveSibling("V19__request_line_staging.sql");
    }

    static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:kojo" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + schema().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            s.execute("RUNSCRIPT FROM '" + staging().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            s.execute("INSERT INTO branch (code, name) VALUES ('001', '本店')");
        }
        return c;
    }

    static long addOrganization(Connection c, String contractNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO organization (contract_number, name, name_kana, type, branch_id)"
                        + " VALUES (?, ?, ?, 'MEMBER', (SELECT id FROM branch WHERE code = '001'))",
                new String[] {"id"})) {
            ps.setString(1, contractNumber);
            ps.setString(2, "団体" + contractNumber);
            ps.setString(3, "ダンタイ");
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
