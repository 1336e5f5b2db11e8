package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The real migrations by Flyway against H2 (PostgreSQL: the system tests with -Ppostgresql migrate theirs at
 * deployment): a new database, a database of the previous version with data in it, and a database that Kojo's
 * earlier migration runner brought up.
 */
class SchemaMigrationTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void aNewDatabaseGetsEveryMigrationOnceAndASecondRunChangesNothing() throws Exception {
        JdbcDataSource db = newDatabase();
        int all = pending(db).size();
        assertTrue(all >= 6, "V1 to V6 at least");
        assertEquals(all, new SchemaMigration(db, loader).migrate());
        assertEquals(0, new SchemaMigration(db, loader).migrate());
        assertEquals(all, count(db, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\""));
    }

    @Test
    void tablesOfTheBatchJobRepositoryInTheSameDatabaseDoNotStopTheFirstMigration() throws Exception {
        JdbcDataSource db = newDatabase();
        execute(db, "CREATE TABLE JOB_INSTANCE (JOBINSTANCEID BIGINT PRIMARY KEY, JOBNAME VARCHAR(512))");
        int all = pending(db).size();
        assertEquals(all, new SchemaMigration(db, loader).migrate());
        assertEquals(0, new SchemaMigration(db, loader).migrate());
    }

    @Test
    void aKojoSchemaWithoutAnyHistoryIsRefusedRatherThanMigratedTwice() throws Exception {
        JdbcDataSource db = newDatabase();
        Flyway.configure(loader).dataSource(db).locations(SchemaMigration.LOCATION).table("lost_history").load().migrate();
        execute(db, "DROP TABLE \"lost_history\"");
        org.flywaydb.core.api.FlywayException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.flywaydb.core.api.FlywayException.class, () -> new SchemaMigration(db, loader).migrate());
        assertTrue(refused.getMessage().contains("no schema history table"), refused.getMessage());
    }

    @Test
    void aDatabaseOfThePreviousVersionWithDataIsUpgradedAndKeepsIt() throws Exception {
        JdbcDataSource db = newDatabase();
        List<MigrationInfo> all = pending(db);
        String previous = all.get(all.size() - 2).getVersion().getVersion();
        Flyway.configure(loader).dataSource(db).locations(SchemaMigration.LOCATION).target(previous).load().migrate();
        insertSampleData(db);

        assertEquals(1, new SchemaMigration(db, loader).migrate(), "only the newest migration runs");
        assertSampleDataKept(db);
    }

    @Test
    void aDatabaseOfTheEarlierRunnerIsTakenOverAtItsVersionAndContinues() throws Exception {
        JdbcDataSource db = newDatabase();
        List<MigrationInfo> all = pending(db);
        // What the earlier runner left: the schema of V1..V5 and its own table naming the files it applied.
        Flyway.configure(loader).dataSource(db).locations(SchemaMigration.LOCATION).target("5")
                .table("runner_scratch").load().migrate();
        execute(db, "DROP TABLE \"runner_scratch\"");
        execute(db, "CREATE TABLE schema_migration (version VARCHAR(200) PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        for (String file : List.of("V1__foundation.sql", "V2__calendar.sql", "V3__notice.sql",
                "V4__organization_contact.sql", "V5__account_security.sql")) {
            execute(db, "INSERT INTO schema_migration VALUES ('" + file + "', CURRENT_TIMESTAMP)");
        }
        insertSampleData(db);

        SchemaMigration migration = new SchemaMigration(db, loader);
        assertEquals(5, migration.legacyVersion().orElseThrow());
        assertEquals(all.size() - 5, migration.migrate(), "V6 and later, nothing twice");
        assertSampleDataKept(db);
        assertEquals(1, count(db, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'BASELINE' "
                + "AND \"version\" = '5'"));
        assertTrue(migration.legacyVersion().isEmpty(), "taken over once");
        assertEquals(0, new SchemaMigration(db, loader).migrate());
    }

    private static JdbcDataSource newDatabase() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "") + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        return db;
    }

    private List<MigrationInfo> pending(JdbcDataSource db) {
        return List.of(Flyway.configure(loader).dataSource(db).locations(SchemaMigration.LOCATION).load().info().pending());
    }

    private static void insertSampleData(JdbcDataSource db) throws SQLException {
        execute(db, "INSERT INTO branch (code, name) VALUES ('101', '本店営業部')");
        execute(db, "INSERT INTO organization (contract_number, name, name_kana, type, branch_id) "
                + "SELECT '1000000001', '全国ろうきん労働組合', 'ゼンコクロウキンロウドウクミアイ', 'UNION', id FROM branch");
    }

    private static void assertSampleDataKept(JdbcDataSource db) throws SQLException {
        assertEquals(1, count(db, "SELECT COUNT(*) FROM organization WHERE contract_number = '1000000001' "
                + "AND name = '全国ろうきん労働組合'"));
    }

    private static void execute(JdbcDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(JdbcDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
