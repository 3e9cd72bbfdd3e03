package dev.optionsdeep.migrate.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The naming Hibernate runs with when {@code -Amigrate.naming} is not given: Spring Boot's when the application is
 * a Spring Boot one (its {@code @SpringBootApplication} is on the compile class path), as Boot configures Hibernate,
 * unless the application's {@code application.properties} or {@code application.yml} (copied into the class
 * output before compiling) names its strategies; Hibernate's own default otherwise.
 */
final class SpringBootNaming {

    static final String BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");
    private static final Pattern PHYSICAL = Pattern.compile("physical[-_.]?(?:naming[-_.]?)?strategy\\s*[:=]\\s*[\"']?([\\w.$]+)");
    private static final Pattern IMPLICIT = Pattern.compile("implicit[-_.]?(?:naming[-_.]?)?strategy\\s*[:=]\\s*[\"']?([\\w.$]+)");

    /**
     * @param naming  the naming found
     * @param problem why none could be found (a strategy Migrate does not know), or null
     */
    record Detected(Naming naming, String problem) {
    }

    private SpringBootNaming() {
    }

    static Detected detect(Elements elements, Filer filer) {
        if (elements.getTypeElement(BOOT_APPLICATION) == null) {
            return new Detected(Naming.JPA, null);
        }
        String configuration = configuration(filer);
        String physical = find(PHYSICAL, configuration);
        String implicit = find(IMPLICIT, configuration);
        boolean snake = physical == null || physical.endsWith("CamelCaseToUnderscoresNamingStrategy")
                || physical.endsWith("PhysicalNamingStrategySnakeCaseImpl") || physical.endsWith("SpringPhysicalNamingStrategy");
        boolean standard = physical != null && physical.endsWith("PhysicalNamingStrategyStandardImpl");
        boolean spring = implicit == null || implicit.endsWith("SpringImplicitNamingStrategy");
        boolean jpa = implicit != null && implicit.endsWith("ImplicitNamingStrategyJpaCompliantImpl");
        if (snake && spring) {
            return new Detected(Naming.SPRING, null);
        }
        if (snake && jpa) {
            return new Detected(Naming.SNAKE_CASE, null);
        }
        if (standard && jpa) {
            return new Detected(Naming.JPA, null);
        }
        return new Detected(Naming.SPRING, "the application configures Hibernate's naming as physical strategy "
                + (physical == null ? "(Boot's default)" : physical) + " and implicit strategy "
                + (implicit == null ? "(Boot's default)" : implicit) + ", which Migrate cannot follow: it knows Boot's"
                + " defaults (-Amigrate.naming=spring), snake case with JPA's implicit names (snake_case) and Hibernate's"
                + " defaults (jpa)");
    }

    private static String configuration(Filer filer) {
        StringBuilder text = new StringBuilder();
        for (String file : FILES) {
            try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", file).openInputStream()) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException | IllegalArgumentException absent) {
                // no such file: Boot's defaults hold
            }
        }
        return text.toString();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static boolean absent(String option) {
        return option == null || option.strip().toLowerCase(Locale.ROOT).equals("auto");
    }
}
