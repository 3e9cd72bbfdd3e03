package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.postgres.Identifiers;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
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
        // PgJDBC then sends the application name with the start-up message instead of a SET after it, a round trip
        // per connection; the URL can still say otherwise. Migrate needs 9.5 or newer anyway (ON CONFLICT, to_regclass).
        props.setProperty("assumeMinServerVersion", "9.0");
        try {
            // Named explicitly: a plugin's class realm does not always let DriverManager see the driver.
            Connection c = new org.postgresql.Driver().connect(settings.url(), props);
            if (c == null) {
                throw new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                        "the PostgreSQL driver does not accept the URL " + settings.displayUrl(), null);
            }
            try {
                prepare(c, settings);
            } catch (SQLException | RuntimeException e) {
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
                try {
                    set.execute();
                } catch (SQLException refused) {
                    throw new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER, "PostgreSQL refused"
                            + " the session setting " + e.getKey() + " = " + e.getValue() + " on " + settings.displayUrl()
                            + " (" + firstLine(withoutSecrets(settings, refused)) + "): correct it in the database's"
                            + " <sessionSettings> in pom.xml, or in the ConnectionSettings given to Migrate", null);
                }
            }
        }
        if (settings.schema() != null) {
            String schema = Identifiers.quote(settings.schema());
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
        }
    }

    static DatabaseConnectionException translate(ConnectionSettings settings, SQLException raw) {
        SQLException e = withoutSecrets(settings, raw);
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
        if (state.equals("08001") && e.getCause() == null) {
            // The driver refused a URL parameter before any network traffic.
            return new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                    "the PostgreSQL driver refused the URL " + settings.displayUrl() + ": " + firstLine(e)
                            + ". Correct that parameter of the URL.", e);
        }
        if (state.startsWith("08") || e.getCause() instanceof ConnectException) {
            return new DatabaseConnectionException(DatabaseConnectionException.Reason.UNREACHABLE,
                    "cannot reach PostgreSQL at " + where + " (" + firstLine(e) + "): is the server running,"
                            + " and are the host and port in the URL right?", e);
        }
        return new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                "cannot connect to " + settings.displayUrl() + ": " + firstLine(e), e);
    }

    /**
     * The driver's exception, or, when it or one of its causes quotes a secret (a host part such as
     * {@code user:password@host} is quoted by "unknown host"), a copy of the chain with the secrets masked.
     */
    private static SQLException withoutSecrets(ConnectionSettings settings, SQLException e) {
        List<String> secrets = settings.secrets();
        boolean quoted = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            quoted |= secrets.stream().anyMatch(text::contains);
        }
        if (!quoted) {
            return e;
        }
        SQLException copy = new SQLException(mask(String.valueOf(e.getMessage()), secrets), e.getSQLState(),
                e.getErrorCode(), maskedChain(e.getCause(), secrets));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static Exception maskedChain(Throwable t, List<String> secrets) {
        if (t == null) {
            return null;
        }
        Exception copy = new Exception(mask(t.toString(), secrets), maskedChain(t.getCause(), secrets));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    private static String mask(String text, List<String> secrets) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "****");
        }
        return masked;
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
