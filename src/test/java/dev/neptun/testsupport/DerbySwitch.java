package dev.neptun.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Takes the embedded Derby database away from the running server and gives it back, for servers
 * that cannot repoint a live pool (WildFly): Derby shuts the database down, and a plain file in
 * its place keeps the pool's "create=true" from booting a new, empty one until it is restored.
 */
@ApplicationScoped
public class DerbySwitch {

    private static final String PREFIX = "jdbc:derby:";

    @Resource(name = "jdbc/neptun")
    DataSource database;

    private Path offline;

    public void offline() throws SQLException, IOException, ReflectiveOperationException {
        Path path;
        Driver driver;
        try (Connection connection = database.getConnection()) {
            Object derbyConnection = unwrapped(connection);
            path = Path.of(connection.getMetaData().getURL().substring(PREFIX.length()).split(";")[0]);
            // Derby lives in the server's driver module, visible through the classes of its own objects only.
            driver = (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver", true, derbyConnection.getClass().getClassLoader())
                    .getDeclaredConstructor().newInstance();
        }
        try {
            driver.connect(PREFIX + path + ";shutdown=true", new Properties());
        } catch (SQLException shutDown) {
            // Derby reports a successful shutdown of one database as SQLState 08006.
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        Files.move(path, away(path));
        Files.createFile(path);
        offline = path;
    }

    public void online() throws IOException {
        if (offline != null) {
            Files.delete(offline);
            Files.move(away(offline), offline);
            offline = null;
        }
    }

    /** The driver's own connection behind the pool's wrapper (WildFly's IronJacamar names the getter so). */
    private static Object unwrapped(Connection pooled) throws ReflectiveOperationException {
        try {
            return pooled.getClass().getMethod("getUnderlyingConnection").invoke(pooled);
        } catch (NoSuchMethodException notWrapped) {
            return pooled;
        }
    }

    private static Path away(Path path) {
        return path.resolveSibling(path.getFileName() + ".offline");
    }
}
