package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real migrations against H2 (PostgreSQL is covered by the system tests with -Ppostgresql). */
class MigrationsTest {
    @Test
    void allMigrationsApplyOnceAndASecondRunChangesNothing() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1")) {
            Migrations migrations = new Migrations(getClass().getClassLoader());
            int listed = migrations.listed().size();
            assertTrue(listed >= 1);
            assertEquals(listed, migrations.apply(connection));
            assertEquals(0, migrations.apply(connection));
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM schema_migration")) {
                rs.next();
                assertEquals(listed, rs.getInt(1));
            }
            connection.createStatement().execute("INSERT INTO branch (code, name) VALUES ('101', 'x')");
        }
    }

    @Test
    void scriptsSplitOnLineEndingSemicolonsAndDropComments() {
        List<String> statements = Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a\nVALUES (1);\n");
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a\nVALUES (1)"), statements);
    }
}
