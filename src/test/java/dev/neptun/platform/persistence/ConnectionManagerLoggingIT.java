package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara's connection manager compares two connection factories, property by property, on every
 * connection it hands out, only for a message it logs at INFO: server-config's domain.asadmin keeps its
 * logger at WARNING, where the comparison is skipped. WildFly has no such logger; there the test is skipped.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionManagerLoggingIT {

    private static final String CONNECTION_MANAGER = "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors";

    @Resource(lookup = "jdbc/neptun")
    DataSource database;

    @Test
    void payarasConnectionManagerLogsWarningsButNotInfo() throws Exception {
        try (Connection connection = database.getConnection()) {
            assertTrue(connection.isValid(5));
        }
        // Payara's loggers are made by its own classes, so on any other server this name is unknown.
        Logger logger = LogManager.getLogManager().getLogger(CONNECTION_MANAGER);
        assumeTrue(logger != null, "no Payara connection manager here");
        assertFalse(logger.isLoggable(Level.INFO), "the connection manager logs INFO, and compares factories for it on every connection");
        assertTrue(logger.isLoggable(Level.WARNING), "the connection manager's warnings are lost");
    }
}
