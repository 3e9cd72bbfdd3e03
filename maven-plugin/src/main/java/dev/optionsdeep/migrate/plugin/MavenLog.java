package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.Log;

/** The runtime's log port, written to Maven's log. */
record MavenLog(org.apache.maven.plugin.logging.Log maven) implements Log {

    @Override
    public void info(String message) {
        maven.info(message);
    }

    @Override
    public void warn(String message) {
        maven.warn(message);
    }
}
