package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool hands out its plain wrappers. Payara's default SQL trace listener does nothing, but while one
 * is set its pool puts every connection and every statement behind a reflective proxy that reports each
 * JDBC call (ProfiledConnectionWrapper40): server-config's data source scripts set none
 * (docs/benchmark.md says what that saved). WildFly's pool has no such proxies either.
 */
@ExtendWith(ArquillianExtension.class)
class UntracedConnectionsIT {

    @Resource(lookup = "jdbc/neptun")
    DataSource database;

    @Test
    void neitherConnectionsNorStatementsGoThroughATracingProxy() throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement("SELECT id FROM users")) {
            assertFalse(connection.getClass().getName().contains("Profiled"), () -> "a tracing connection: " + connection.getClass().getName());
            assertFalse(Proxy.isProxyClass(statement.getClass()), () -> "a proxied statement: " + statement.getClass().getName());
        }
    }
}
