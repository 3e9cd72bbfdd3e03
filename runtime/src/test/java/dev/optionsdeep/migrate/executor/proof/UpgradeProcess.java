package dev.optionsdeep.migrate.executor.proof;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.Revisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One migration process of the proofs, run in its own JVM through the runtime API: upgrades a
 * database to head, printing each log line, then {@code APPLIED n}; {@code FAILED message} on a
 * failure. Arguments: URL, user, password, revision package, and optionally a file to wait for, so
 * that a race starts all its processes at once.
 */
public final class UpgradeProcess {

    private UpgradeProcess() {
    }

    public static void main(String[] args) throws Exception {
        Log log = new Log() {
            @Override
            public void info(String message) {
                System.out.println(message);
                System.out.flush();
            }

            @Override
            public void warn(String message) {
                info("WARN " + message);
            }
        };
        Migrator migrator = new Migrator(new ConnectionSettings(args[0], args[1], args[2]),
                Revisions.scan(UpgradeProcess.class.getClassLoader(), args[3]), log, Duration.ofSeconds(120));
        if (args.length > 4) {
            log.info("READY");
            while (!Files.exists(Path.of(args[4]))) {
                Thread.sleep(5);
            }
        }
        try {
            log.info("APPLIED " + migrator.upgrade("head").size());
        } catch (RuntimeException e) {
            log.info("FAILED " + e.getMessage());
            System.exit(1);
        }
    }
}
