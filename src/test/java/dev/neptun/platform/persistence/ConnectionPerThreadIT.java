package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara's pool on Derby keeps a connection with the thread that freed it (server-config's
 * derby-datasource.sh: a request takes its connections twice, and the second is then the first one);
 * on PostgreSQL, where that measured slower, and on WildFly it does not. A connection is told apart by
 * a temporary table, which lives as long as the database connection behind the pool's wrapper.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionPerThreadIT {

    @Resource(lookup = "jdbc/neptun")
    DataSource database;

    /** A second request's thread, holding a connection while this thread takes one again. */
    @Resource
    ManagedExecutorService executor;

    @Test
    void onlyPayaraOnDerbyGivesAThreadBackTheConnectionItFreedWhileAnotherThreadHoldsOne() throws Exception {
        boolean derby;
        boolean payara;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            derby = connection.getMetaData().getDatabaseProductName().contains("Derby");
            // Payara's pool wraps connections in its own classes (com.sun.gjc), WildFly's in IronJacamar's.
            payara = connection.getClass().getName().startsWith("com.sun.gjc.");
            statement.execute(derby ? "DECLARE GLOBAL TEMPORARY TABLE SESSION.THREAD_MARK (ID INT) NOT LOGGED"
                    : "CREATE TEMPORARY TABLE thread_mark (id INT)");
        }
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> other = executor.submit(() -> {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(derby ? "VALUES 1" : "SELECT 1");
                held.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }
        });
        boolean sameConnection;
        try {
            assertTrue(held.await(10, TimeUnit.SECONDS), "the other thread took no connection");
            sameConnection = dropMark(derby);
        } finally {
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
        }

        assertEquals(payara && derby, sameConnection, () -> "Payara " + payara + ", Derby " + derby);
    }

    /** Whether this thread's connection holds the mark (which it then drops). */
    private boolean dropMark(boolean derby) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(derby ? "DROP TABLE SESSION.THREAD_MARK" : "DROP TABLE thread_mark");
            return true;
        } catch (SQLException noSuchTable) {
            // Derby 42Y55 ("does not exist"), PostgreSQL 42P01 (undefined table); anything else is a failure.
            if (!"42Y55".equals(noSuchTable.getSQLState()) && !"42P01".equals(noSuchTable.getSQLState())) {
                throw noSuchTable;
            }
            return false;
        }
    }
}
