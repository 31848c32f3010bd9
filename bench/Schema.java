import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Creates the schema with the WAR's own migrations (db/changelog.xml, as its Liquibase listener runs
 * them at deployment), so that the benchmark can seed before a server owns the database.
 *
 *   java -cp 'target/neptun/WEB-INF/classes:target/neptun/WEB-INF/lib/*:target/derby-lib/*:target/postgresql-lib/*' bench/Schema.java JDBC_URL USER PASSWORD
 */
public class Schema {

    public static void main(String[] args) throws Exception {
        String url = args[0].startsWith("jdbc:derby:") ? args[0] + ";create=true" : args[0];
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(), database).update("");
        }
        if (args[0].startsWith("jdbc:derby:")) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expectedOnShutdown) {
                // Derby reports a clean shutdown as an exception.
            }
        }
    }
}
