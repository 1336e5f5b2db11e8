package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V14 on a database of V12 with certificates in it: revocations made before say why (a deleted user's or a
 * superseded one), live certificates stay live, fingerprints stay as they were (null where never recorded).
 */
class CertificateLifecycleMigrationTest {

    @Test
    void earlierRevocationsAreMarkedAndLiveCertificatesKept() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:c" + UUID.randomUUID().toString().replace("-", "") + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        ClassLoader loader = getClass().getClassLoader();
        Flyway.configure(loader).dataSource(db).locations(SchemaMigration.LOCATION).target("12").load().migrate();
        execute(db, "INSERT INTO user_account (login_id, role, display_name, password_hash, password_changed_at, created_at) "
                + "VALUES ('live01', 'MASTER', 'a', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        execute(db, "INSERT INTO user_account (login_id, role, display_name, password_hash, password_changed_at, created_at, "
                + "deleted_at) VALUES ('gone01', 'GENERAL', 'b', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        certificate(db, "live01", "a1", false);
        certificate(db, "live01", "a0", true);
        certificate(db, "gone01", "b1", true);

        new SchemaMigration(db, loader).migrate();

        assertEquals("SUPERSEDED", text(db, "SELECT revocation_reason FROM client_certificate WHERE serial_hex = 'a0'"));
        assertEquals("USER_DELETED", text(db, "SELECT revocation_reason FROM client_certificate WHERE serial_hex = 'b1'"));
        assertEquals("system", text(db, "SELECT revoked_by FROM client_certificate WHERE serial_hex = 'b1'"));
        assertNull(text(db, "SELECT revocation_reason FROM client_certificate WHERE serial_hex = 'a1'"));
        assertNull(text(db, "SELECT revoked_at FROM client_certificate WHERE serial_hex = 'a1'"));
        assertNull(text(db, "SELECT fingerprint_sha256 FROM client_certificate WHERE serial_hex = 'a1'"),
                "never recorded: bound at the next login");
        assertEquals("0", text(db, "SELECT last_number FROM certificate_crl_counter WHERE id = 1"));
    }

    private static void certificate(JdbcDataSource db, String loginId, String serial, boolean revoked) throws SQLException {
        execute(db, "INSERT INTO client_certificate (user_id, serial_hex, subject_dn, not_before, not_after, revoked_at) "
                + "SELECT id, '" + serial + "', 'CN=" + loginId + "', CURRENT_TIMESTAMP, DATEADD('DAY', 30, CURRENT_TIMESTAMP), "
                + (revoked ? "CURRENT_TIMESTAMP" : "NULL") + " FROM user_account WHERE login_id = '" + loginId + "'");
    }

    private static void execute(JdbcDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String text(JdbcDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
