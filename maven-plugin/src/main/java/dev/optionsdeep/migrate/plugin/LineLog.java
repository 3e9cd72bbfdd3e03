package dev.optionsdeep.migrate.plugin;

import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, one line at a time: a message of several lines gets Maven's {@code [INFO]} or
 * {@code [WARNING]} prefix on each, so that none reads as a line of its own nor escapes a filter
 * on the prefix.
 */
record LineLog(Log maven) implements Log {

    private interface Level {
        void log(CharSequence line);
    }

    private static void lines(CharSequence content, Level level) {
        for (String line : String.valueOf(content).split("\n", -1)) {
            level.log(line);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return maven.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        lines(content, maven::debug);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        maven.debug(content, error);
    }

    @Override
    public void debug(Throwable error) {
        maven.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return maven.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        lines(content, maven::info);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        maven.info(content, error);
    }

    @Override
    public void info(Throwable error) {
        maven.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return maven.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        lines(content, maven::warn);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        maven.warn(content, error);
    }

    @Override
    public void warn(Throwable error) {
        maven.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return maven.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        lines(content, maven::error);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        maven.error(content, error);
    }

    @Override
    public void error(Throwable error) {
        maven.error(error);
    }
}
