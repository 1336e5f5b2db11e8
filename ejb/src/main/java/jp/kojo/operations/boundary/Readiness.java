package jp.kojo.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this node can serve users: Kojo is deployed (this bean answers only once the deployment, schema
 * migration included, has started) and its database answers. For the load balancer's check; it says nothing
 * about any organisation's data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {
    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());
    /** Seconds the database gets to answer; a balancer checks every few seconds. */
    static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    public boolean ready() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Not ready: the database does not answer", e);
            return false;
        }
    }
}
