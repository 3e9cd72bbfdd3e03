package dev.optionsdeep.migrate;

/** Where the runtime reports progress; the Maven plugin adapts it to Maven's log. */
public interface Log {

    void info(String message);

    void warn(String message);

    /** A log that prints to standard output, for use without Maven. */
    static Log console() {
        return new Log() {
            @Override
            public void info(String message) {
                System.out.println(message);
            }

            @Override
            public void warn(String message) {
                System.out.println("WARNING: " + message);
            }
        };
    }
}
