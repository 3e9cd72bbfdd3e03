package dev.optionsdeep.migrate.processor;

import javax.annotation.processing.Messager;

/** The one place that turns {@link Problem}s into compiler messages. */
final class Diagnostics {

    private final Messager messager;
    private final boolean strict;

    Diagnostics(Messager messager) {
        this(messager, false);
    }

    Diagnostics(Messager messager, boolean strict) {
        this.messager = messager;
        this.strict = strict;
    }

    void print(Report report) {
        for (Problem p : report.problems()) {
            String text = p.code().tag() + " " + p.message();
            javax.tools.Diagnostic.Kind kind = p.code().kind(strict);
            if (p.value() != null) {
                messager.printMessage(kind, text, p.element(), p.annotation(), p.value());
            } else if (p.annotation() != null) {
                messager.printMessage(kind, text, p.element(), p.annotation());
            } else {
                messager.printMessage(kind, text, p.element());
            }
        }
    }

    /** For a bug of ours: never let it pass as the user's mistake, and never crash javac. */
    void internalError(Throwable failure) {
        messager.printMessage(Code.INTERNAL_ERROR.kind(), Code.INTERNAL_ERROR.tag()
                + " Migrate's annotation processor failed unexpectedly (" + failure + " at "
                + firstFrame(failure) + "). This is a bug in Migrate, not in your entities: please report it with"
                + " this message and the entity classes involved. The schema snapshot was not written.");
    }

    private static String firstFrame(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length == 0 ? "unknown location" : trace[0].toString();
    }
}
