package dev.optionsdeep.migrate.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that turns {@link Problem}s into compiler messages, and decides their kind: what
 * Migrate cannot map is a warning by default and an error in strict mode (see {@link Code#kind(boolean)}).
 * With {@code -Amigrate.warnings=note} a warning is printed as a note instead: javac's {@code -Werror} counts
 * every warning, a processor's too, so that a team building with it could not adopt Migrate on a model with a
 * construct Migrate does not map, nor compile before its first revision. The text stays the same, code and fix.
 */
public final class Diagnostics {

    /** Said after every problem that leaves something out of the snapshot, so the way out is where the user looks. */
    static final String WAY_OUT = " (Until this is fixed, the snapshot of the model is incomplete and migrate:revision,"
            + " migrate:check and migrate:upgrade refuse it. If Migrate is not to manage this schema, exclude it:"
            + " @Unmanaged on the entity or attribute, or -A" + ProcessorOptions.EXCLUDE + "=<class, class#attribute or"
            + " table>; its schema is then yours to write in revisions.)";

    private final Messager messager;
    private final boolean strict;
    private final boolean warningsAsNotes;

    Diagnostics(Messager messager) {
        this(messager, false);
    }

    Diagnostics(Messager messager, boolean strict) {
        this(messager, strict, false);
    }

    Diagnostics(Messager messager, boolean strict, boolean warningsAsNotes) {
        this.messager = messager;
        this.strict = strict;
        this.warningsAsNotes = warningsAsNotes;
    }

    /** The diagnostics the options ask for; an unknown {@code -Amigrate.warnings} is reported, and warnings stay warnings. */
    static Diagnostics of(Messager messager, ProcessorOptions options) {
        Diagnostics diagnostics = new Diagnostics(messager, options.strict(), options.warningsAsNotes());
        if (!options.warningsOptionValid()) {
            diagnostics.print(Code.INVALID_OPTION, "-A" + ProcessorOptions.WARNINGS + "=" + options.warnings() + " is not"
                    + " warning or note; Migrate takes warning (the default) or note (its warnings printed as notes, which"
                    + " -Werror does not count). Its warnings are printed as warnings");
        }
        return diagnostics;
    }

    boolean strict() {
        return strict;
    }

    void print(Report report) {
        for (Problem p : report.problems()) {
            String text = p.code().tag() + " " + p.message() + (p.abandons() && !strict ? WAY_OUT : "");
            Diagnostic.Kind kind = kind(p.code());
            if (p.value() != null) {
                messager.printMessage(kind, text, p.element(), p.annotation(), p.value());
            } else if (p.annotation() != null) {
                messager.printMessage(kind, text, p.element(), p.annotation());
            } else {
                messager.printMessage(kind, text, p.element());
            }
        }
    }

    /** A problem that is about no element (an option): printed without a position. */
    void print(Code code, String message) {
        messager.printMessage(kind(code), code.tag() + " " + message);
    }

    private Diagnostic.Kind kind(Code code) {
        Diagnostic.Kind kind = code.kind(strict);
        return warningsAsNotes && kind == Diagnostic.Kind.WARNING ? Diagnostic.Kind.NOTE : kind;
    }

    /** A line that explains what the processor did not do, and why; never a warning. */
    void note(String message, Element element) {
        messager.printMessage(Diagnostic.Kind.NOTE, message, element);
    }

    /** For a bug of ours: never let it pass as the user's mistake, and never crash javac (nor, by default, the build). */
    void internalError(Throwable failure) {
        print(Code.INTERNAL_ERROR, crashText(failure, "The schema snapshots are marked incomplete because of it"));
    }

    /** The text of {@link Code#INTERNAL_ERROR}, for a crash that {@code consequence} says what it left out. */
    public static String crashText(Throwable failure, String consequence) {
        return "Migrate's annotation processor failed unexpectedly (" + failure + " at " + firstFrame(failure)
                + "). This is a bug in Migrate, not in your entities: please report it with this message and the"
                + " entity classes involved. " + consequence + ".";
    }

    private static String firstFrame(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length == 0 ? "unknown location" : trace[0].toString();
    }
}
