package dev.optionsdeep.migrate.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to reach one database. The password never appears in {@link #toString()} nor in
 * {@link #displayUrl()}.
 *
 * @param username null to let the driver choose (for example from the URL)
 * @param password null for none (trust or peer authentication)
 * @param schema   the PostgreSQL schema the database's tables live in (created when missing), or
 *                 null for the server's default search path
 * @param session  settings applied to every migration connection, such as {@code lock_timeout} or
 *                 {@code statement_timeout}; {@code application_name} names the connection in
 *                 {@code pg_stat_activity} (default {@code migrate})
 */
public record ConnectionSettings(String url, String username, String password, String schema,
                                 Map<String, String> session) {

    public ConnectionSettings(String url, String username, String password) {
        this(url, username, password, null, Map.of());
    }

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
        session = Map.copyOf(new TreeMap<>(session == null ? Map.of() : session));
        for (String name : session.keySet()) {
            if (!name.matches("[a-z_][a-z0-9_.]*")) {
                throw new IllegalArgumentException("session setting '" + name + "' is not a PostgreSQL setting name:"
                        + " use lowercase letters, digits, _ and ., for example lock_timeout");
            }
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + Urls.withoutSecrets(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        if (url.matches("jdbc:postgresql://[^/?]*@.*")) {
            throw new IllegalArgumentException("the URL " + Urls.withoutSecrets(url) + " names a user before the host,"
                    + " which the PostgreSQL driver does not read: give the username and password as settings of their own"
                    + " (<username> and <passwordEnv> or <serverId>), and the URL as jdbc:postgresql://host:port/database");
        }
    }

    /** The URL with any password parameter removed, safe to print. */
    public String displayUrl() {
        return Urls.withoutSecrets(url);
    }

    /** The password and every secret the URL carries, to keep out of messages. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(Urls.secrets(url));
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        return secrets;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + displayUrl() + ", username=" + username + ", password="
                + (password == null ? "none" : "****") + ", schema=" + schema + ", session=" + session + "]";
    }
}
