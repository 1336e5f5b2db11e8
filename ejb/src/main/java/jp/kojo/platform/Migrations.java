package jp.kojo.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies the listed SQL migrations that a database has not seen yet, each in its own transaction. */
public final class Migrations {
    static final String DIRECTORY = "db/migration/";

    private final ClassLoader loader;

    public Migrations(ClassLoader loader) {
        this.loader = loader;
    }

    /** @return how many migrations were applied now */
    public int apply(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            ensureHistoryTable(connection);
            Set<String> done = appliedVersions(connection);
            int applied = 0;
            for (String file : listed()) {
                if (done.contains(file)) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(SchemaMigrator.read(loader, DIRECTORY + file))) {
                        statement.execute(sql);
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)")) {
                        record.setString(1, file);
                        record.setTimestamp(2, Timestamp.from(Instant.now()));
                        record.executeUpdate();
                    }
                    connection.commit();
                    applied++;
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException("Migration " + file + " failed: " + e.getMessage(), e);
                }
            }
            return applied;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    List<String> listed() {
        List<String> files = new ArrayList<>();
        for (String line : SchemaMigrator.read(loader, DIRECTORY + "index.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(name);
            }
        }
        return files;
    }

    /** Splits a script on semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_migration ("
                    + "version VARCHAR(200) PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    private static Set<String> appliedVersions(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_migration")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
