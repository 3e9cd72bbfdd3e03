package dev.optionsdeep.migrate.executor;

import java.util.Objects;

/**
 * How to reach one database. The password never appears in {@link #toString()} nor in
 * {@link #displayUrl()}.
 *
 * @param username null to let the driver choose (for example from the URL)
 * @param password null for none (trust or peer authentication)
 */
public record ConnectionSettings(String url, String username, String password) {

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + Urls.withoutSecrets(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
    }

    /** The URL with any password parameter removed, safe to print. */
    public String displayUrl() {
        return Urls.withoutSecrets(url);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + displayUrl() + ", username=" + username + ", password="
                + (password == null ? "none" : "****") + "]";
    }
}
