package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.check.IncompleteModel;

import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;
import java.util.Optional;

/** The Hibernate line the processor maps for: {@code -Amigrate.hibernate}, else the one on the compile class path. */
final class ConfiguredHibernateLine {

    private ConfiguredHibernateLine() {
    }

    /**
     * The line -Amigrate.hibernate names, else the one on the compile class path, else the newest; said in a note so
     * that a build shows which rules its snapshot follows. An unknown value is reported, and the default is used.
     */
    static HibernateLine resolve(ProcessingEnvironment env, Diagnostics diagnostics, IncompleteModel problems) {
        String given = env.getOptions().get(ProcessorOptions.HIBERNATE);
        if (given != null && !given.isBlank()) {
            Optional<HibernateLine> named = HibernateLine.of(given);
            if (named.isEmpty()) {
                String message = "-A" + ProcessorOptions.HIBERNATE + "=" + given + " names no Hibernate line Migrate"
                        + " maps for, so every snapshot is marked incomplete. Use " + HibernateLine.allowed() + " (the"
                        + " line of the hibernate-core your application runs: 6.6 for Spring Boot 3.4 and 3.5, 7.2 for 4.0)";
                diagnostics.print(Code.INVALID_OPTION, message);
                problems.everywhere(Code.INVALID_OPTION, "-A" + ProcessorOptions.HIBERNATE, message);
            }
            return named.orElse(HibernateLine.DEFAULT);
        }
        Optional<HibernateLine> detected;
        boolean older;
        try {
            detected = HibernateLine.detect(env.getElementUtils());
            older = detected.equals(Optional.of(HibernateLine.V6_6)) && HibernateLine.olderThanSix(env.getElementUtils());
        } catch (RuntimeException lookupFailed) {
            return HibernateLine.DEFAULT; // what reads the entities meets the same failure and reports it
        }
        HibernateLine line = detected.orElse(HibernateLine.DEFAULT);
        String choose = "-A" + ProcessorOptions.HIBERNATE + "="
                + HibernateLine.allowed().replace(", ", "|").replace(" or ", "|");
        env.getMessager().printMessage(Diagnostic.Kind.NOTE, older
                ? "The hibernate-core on the compile class path is older than Hibernate 6, older than any line Migrate"
                        + " maps for (" + HibernateLine.allowed() + "): Migrate maps the entities as Hibernate "
                        + line.option() + " does, the oldest. Name the line your application will run with " + choose
                : "Migrate maps the entities as Hibernate " + line.option() + " does (" + (detected.isPresent()
                        ? "the hibernate-core on the compile class path"
                        : "no hibernate-core on the compile class path: the newest line") + "); " + choose
                        + " chooses another");
        return line;
    }
}
