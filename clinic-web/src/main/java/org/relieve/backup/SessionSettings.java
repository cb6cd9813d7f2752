package org.relieve.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The same text forms on both sides of a backup, whatever the server's or the JVM's defaults. */
final class SessionSettings {

    private SessionSettings() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local timezone = 'UTC'");
            statement.execute("set local datestyle = 'ISO, YMD'");
            statement.execute("set local intervalstyle = 'postgres'");
            statement.execute("set local extra_float_digits = 3");
        }
    }
}
