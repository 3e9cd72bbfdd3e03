package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.check.IncompleteModel;

import javax.annotation.processing.ProcessingEnvironment;

/**
 * The naming the compilation asks for with {@code -Amigrate.naming}, or, with {@code auto}, the one its
 * Spring Boot configuration gives; a naming Migrate cannot follow marks every snapshot incomplete.
 */
final class ConfiguredNaming {

    private ConfiguredNaming() {
    }

    /** The naming to use; after reporting one Migrate cannot follow, Hibernate's default. */
    static Naming resolve(ProcessingEnvironment env, ProcessorOptions options, Diagnostics diagnostics,
                          IncompleteModel problems) {
        Naming naming = options.naming();
        if (naming == null && "auto".equals(options.namingOption())) {
            naming = detectedNaming(env, diagnostics, problems);
        } else if (naming == null) {
            String message = "-A" + ProcessorOptions.NAMING + "=" + options.namingOption() + " names no naming Migrate"
                    + " knows, so no table or column name can be trusted and every snapshot is marked incomplete. Use -A"
                    + ProcessorOptions.NAMING + "=" + Naming.JPA.option() + " (Hibernate's default) or -A"
                    + ProcessorOptions.NAMING + "=" + Naming.SNAKE_CASE.option() + " (Spring Boot's"
                    + " CamelCaseToUnderscoresNamingStrategy, Hibernate's PhysicalNamingStrategySnakeCaseImpl) or -A"
                    + ProcessorOptions.NAMING + "=" + Naming.SPRING.option() + " (Spring Boot's defaults: snake case and"
                    + " its implicit join table names)";
            diagnostics.print(Code.INVALID_OPTION, message);
            problems.everywhere(Code.INVALID_OPTION, "-A" + ProcessorOptions.NAMING, message);
            naming = Naming.JPA; // still check the entities, so that the other errors show in the same build
        }
        return naming;
    }

    /** The naming of a Spring Boot application, or Hibernate's default; a configuration Migrate cannot follow is reported. */
    private static Naming detectedNaming(ProcessingEnvironment env, Diagnostics diagnostics, IncompleteModel problems) {
        SpringBootNaming.Detected detected;
        try {
            detected = SpringBootNaming.detect(env.getElementUtils(), env.getFiler());
        } catch (RuntimeException lookupFailed) {
            return Naming.JPA; // what reads the entities meets the same failure and reports it
        }
        if (detected.problem() != null) {
            String message = detected.problem() + ". Every name may differ from Hibernate's, so every snapshot is"
                    + " marked incomplete. Give the naming with -A" + ProcessorOptions.NAMING + "=spring|snake_case|jpa,"
                    + " or configure Hibernate with one of those";
            diagnostics.print(Code.INVALID_OPTION, message);
            problems.everywhere(Code.INVALID_OPTION, "-A" + ProcessorOptions.NAMING, message);
        }
        return detected.naming();
    }
}
