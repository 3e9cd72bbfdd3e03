package com.optionsdeep.app;

import dev.optionsdeep.migrate.Migrate;

import java.util.List;

/**
 * Upgrades both databases to head when the application starts, without Maven: the revisions are
 * compiled into the application, so the jar carries them.
 *
 * <p>Usage: {@code java -cp … com.optionsdeep.app.MigrateOnStartup [url-template]}, where the URL
 * template defaults to the local environment's {@code jdbc:postgresql://localhost:5432/{database}-local}.
 */
public final class MigrateOnStartup {

    private MigrateOnStartup() {
    }

    public static void main(String[] args) {
        String urlTemplate = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:5432/{database}-local";
        String password = System.getenv("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD");
        for (String database : List.of("equities", "algorithms")) {
            Migrate.database(database)
                    .url(urlTemplate.replace("{database}", database), "postgres", password)
                    .upgrade();
        }
    }
}
