package dev.neptun.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase change (db/changelog.xml) that fills a column with the UTF-8 bytes of the row's text
 * columns, as {@link Utf8#bytes} counts them: SQL has no portable way to (Derby's {@code LENGTH}
 * counts characters). Rows written later keep the column themselves.
 */
public class Utf8BytesBackfill implements CustomTaskChange {

    private String table;
    private String target;
    private String columns;

    public void setTable(String table) {
        this.table = table;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        String[] sources = columns.split(",");
        try (PreparedStatement read = connection.prepareStatement("SELECT id, " + columns + " FROM " + table);
                PreparedStatement write = connection.prepareStatement("UPDATE " + table + " SET " + target + " = ? WHERE id = ?");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                String[] values = new String[sources.length];
                for (int i = 0; i < sources.length; i++) {
                    values[i] = rows.getString(i + 2);
                }
                write.setLong(1, Utf8.bytes(values));
                write.setInt(2, rows.getInt(1));
                write.addBatch();
            }
            write.executeBatch();
        } catch (SQLException e) {
            throw new CustomChangeException("cannot fill " + table + "." + target, e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return table + "." + target + " filled";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
