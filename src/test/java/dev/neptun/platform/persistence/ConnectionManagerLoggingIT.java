package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara's connection manager compares two connection factories, property by property, on every
 * connection it hands out, only for a message it logs at INFO: server-config's domain.asadmin keeps its
 * logger at WARNING, where the comparison is skipped. WildFly has no such connection manager; there the
 * test is skipped.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionManagerLoggingIT {

    private static final String CONNECTION_MANAGER = "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors";

    @Resource(lookup = "jdbc/neptun")
    DataSource database;

    @Test
    // Decided by the client (the suite's it.server): an assumption failing inside WildFly reaches it as an error.
    @DisabledIfSystemProperty(named = "it.server", matches = "wildfly", disabledReason = "WildFly has no such connection manager")
    void payarasConnectionManagerLogsWarningsButNotInfo() throws Exception {
        // One connection handed out: the logger is the connection manager's own, whatever ran before.
        database.getConnection().close();
        Logger logger = Logger.getLogger(CONNECTION_MANAGER);
        assertFalse(logger.isLoggable(Level.INFO), "the connection manager logs INFO, and compares factories for it on every connection");
        assertTrue(logger.isLoggable(Level.WARNING), "the connection manager's warnings are lost");
    }
}
