package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.postgres.Identifiers;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections and turns the driver's failures into messages that say what to do. */
public final class Connections {

    static final String APPLICATION_NAME = "migrate";

    private Connections() {
    }

    public static Connection open(ConnectionSettings settings) {
        Properties props = new Properties();
        if (settings.username() != null) {
            props.setProperty("user", settings.username());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        props.setProperty("ApplicationName", settings.session().getOrDefault("application_name", APPLICATION_NAME));
        props.setProperty("connectTimeout", "10");
        try {
            // Named explicitly: a plugin's class realm does not always let DriverManager see the driver.
            Connection c = new org.postgresql.Driver().connect(settings.url(), props);
            if (c == null) {
                throw new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                        "the PostgreSQL driver does not accept the URL " + settings.displayUrl(), null);
            }
            try {
                prepare(c, settings);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw translate(settings, e);
        }
    }

    /**
     * Applies the session settings and the schema: every statement of a migration then runs in it. A
     * migration creates a missing schema under its lock ({@link ConnectionFactory#schema()}); until
     * then the search path names a schema that is not there yet, which PostgreSQL allows.
     */
    private static void prepare(Connection c, ConnectionSettings settings) throws SQLException {
        try (java.sql.PreparedStatement set = c.prepareStatement("SELECT set_config(?, ?, false)")) {
            for (var e : settings.session().entrySet()) {
                set.setString(1, e.getKey());
                set.setString(2, e.getValue());
                set.execute();
            }
        }
        if (settings.schema() != null) {
            String schema = Identifiers.quote(settings.schema());
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
        }
    }

    static DatabaseConnectionException translate(ConnectionSettings settings, SQLException e) {
        String where = Urls.hostAndPort(settings.url());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String database = Urls.database(settings.url()).orElse("(none in the URL)");
        if (state.equals("3D000")) {
            return new DatabaseConnectionException(DatabaseConnectionException.Reason.DATABASE_MISSING,
                    "database \"" + database + "\" does not exist on " + where + ". Create it first:\n"
                            + "    CREATE DATABASE " + Identifiers.quote(database) + ";", e);
        }
        if (state.startsWith("28")) {
            return new DatabaseConnectionException(DatabaseConnectionException.Reason.AUTHENTICATION_FAILED,
                    "authentication failed for user \"" + settings.username() + "\" on " + where
                            + ": check the username and the password configured for this environment", e);
        }
        if (state.startsWith("08") || e.getCause() instanceof ConnectException) {
            return new DatabaseConnectionException(DatabaseConnectionException.Reason.UNREACHABLE,
                    "cannot reach PostgreSQL at " + where + " (" + firstLine(e) + "): is the server running,"
                            + " and are the host and port in the URL right?", e);
        }
        return new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                "cannot connect to " + settings.displayUrl() + ": " + firstLine(e), e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
