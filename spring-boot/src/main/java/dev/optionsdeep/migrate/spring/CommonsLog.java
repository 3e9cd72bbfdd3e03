package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.Log;
import org.apache.commons.logging.LogFactory;

/** Migrate's progress in the application's log, as Spring's own logging routes it. */
final class CommonsLog implements Log {

    private final org.apache.commons.logging.Log log = LogFactory.getLog("dev.optionsdeep.migrate");

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
