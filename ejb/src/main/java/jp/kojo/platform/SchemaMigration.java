package jp.kojo.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Kojo's schema by Flyway: the versioned SQL files under {@code db/migration} (V1__…, V2__…), found inside the
 * deployment through WildFly's VFS, recorded in {@code flyway_schema_history}. A database that Kojo's earlier
 * migration runner brought up (table {@code schema_migration}, one row per applied file) is taken over by a
 * Flyway baseline at the highest version that runner applied, so it continues from there and runs nothing twice.
 * On PostgreSQL the files under {@code db/postgresql} run too, in the same version sequence: what H2 has no
 * syntax for (their versions are simply absent on H2).
 */
public final class SchemaMigration {
    static final String LOCATION = "classpath:db/migration";
    static final String POSTGRESQL_LOCATION = "classpath:db/postgresql";
    /** V1's first table: where it exists, Kojo's schema is there (with Flyway's history or the earlier runner's). */
    private static final String FIRST_TABLE = "branch";
    private static final Pattern LEGACY_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigration(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    /** @return how many migrations were applied now */
    public int migrate() throws SQLException {
        FluentConfiguration configuration = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(isPostgresql() ? new String[] {LOCATION, POSTGRESQL_LOCATION} : new String[] {LOCATION})
                .failOnMissingLocations(true);
        OptionalInt legacy = legacyVersion();
        if (legacy.isPresent()) {
            configuration.baselineOnMigrate(true)
                    .baselineVersion(Integer.toString(legacy.getAsInt()))
                    .baselineDescription("taken over from the earlier migration runner");
        } else if (!hasKojoSchema()) {
            // The batch job repository shares the database and may have made its tables first: Flyway would
            // take the schema for an unknown older one. Nothing of Kojo's is there, so start before V1.
            configuration.baselineOnMigrate(true).baselineVersion("0").baselineDescription("empty Kojo schema");
        }
        MigrateResult result = configuration.load().migrate();
        return result.migrationsExecuted;
    }

    private boolean isPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private boolean hasKojoSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return tableExists(connection, "flyway_schema_history") || tableExists(connection, FIRST_TABLE);
        }
    }

    /** The highest version the earlier runner applied, when its table exists and Flyway has none yet. */
    OptionalInt legacyVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, "schema_migration") || tableExists(connection, "flyway_schema_history")) {
                return OptionalInt.empty();
            }
            int highest = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version FROM schema_migration")) {
                while (rs.next()) {
                    Matcher version = LEGACY_VERSION.matcher(rs.getString(1));
                    if (version.matches()) {
                        highest = Math.max(highest, Integer.parseInt(version.group(1)));
                    }
                }
            }
            return highest == 0 ? OptionalInt.empty() : OptionalInt.of(highest);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
