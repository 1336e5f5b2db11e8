package jp.kojo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date at deployment, before anything else touches it (see
 * {@link SchemaMigration}: Flyway over the SQL files in db/migration).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try {
            int applied = new SchemaMigration(dataSource, SchemaMigrator.class.getClassLoader()).migrate();
            LOG.info(() -> "Schema up to date; migrations applied now: " + applied);
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
