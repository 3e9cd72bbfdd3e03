package dev.optionsdeep.migrate.processor;

import java.util.Locale;
import java.util.Optional;

/**
 * The physical naming Hibernate is configured with, chosen with {@code -Amigrate.naming}: it turns
 * the names of tables and columns (written in annotations, or implied by class and attribute names)
 * into the names PostgreSQL stores.
 *
 * <p>Names of constraints and indexes are not affected: Hibernate 7 does not pass them through the
 * physical naming strategy, so {@code @Index(name = "myIndex")} is {@code myindex} under both.
 */
public enum Naming {

    /** Hibernate's default: names as written, folded by PostgreSQL. */
    JPA("jpa", false, false),

    /**
     * Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl}, which is Spring Boot's default
     * ({@code CamelCaseToUnderscoresNamingStrategy}, its older name): {@code companyName} becomes
     * {@code company_name}; a quoted name is kept as written (Hibernate 7).
     */
    SNAKE_CASE("snake_case", false, false),

    /**
     * Spring Boot's defaults: {@link #SNAKE_CASE}'s physical names, and its {@code SpringImplicitNamingStrategy}, which
     * names a join table {@code <owner table>_<attribute>} ({@code post_tags}) where JPA's names it
     * {@code <owner table>_<target table>} ({@code post_tag}).
     */
    SPRING("spring", true, false),

    /**
     * {@link #SNAKE_CASE} under Hibernate 6.6, whose {@code CamelCaseToUnderscoresNamingStrategy} converts a quoted name
     * too ({@code "`authorizationConsent`"} is {@code authorization_consent}); Hibernate 7's keeps it as written.
     */
    SNAKE_CASE_6("snake_case", false, true),

    /** {@link #SPRING} under Hibernate 6.6: quoted names converted too, as {@link #SNAKE_CASE_6}. */
    SPRING_6("spring", true, true);

    private final String option;
    private final boolean springImplicit;
    private final boolean convertsQuoted;

    Naming(String option, boolean springImplicit, boolean convertsQuoted) {
        this.option = option;
        this.springImplicit = springImplicit;
        this.convertsQuoted = convertsQuoted;
    }

    /**
     * This naming as the strategy of {@code line} applies it: Hibernate 6.6's snake-case strategy converts quoted names,
     * 7's keeps them (checked in their sources, {@code CamelCaseToUnderscoresNamingStrategy} and
     * {@code PhysicalNamingStrategySnakeCaseImpl}).
     */
    public Naming forLine(HibernateLine line) {
        if (line != HibernateLine.V6_6 || !snakeCase()) {
            return this;
        }
        return springImplicit ? SPRING_6 : SNAKE_CASE_6;
    }

    /** The value of {@code -Amigrate.naming} that selects it. */
    String option() {
        return option;
    }

    /** The naming an option value selects, ignoring case and surrounding blanks. */
    static Optional<Naming> of(String option) {
        for (Naming n : values()) {
            if (n.option.equalsIgnoreCase(option.strip())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Whether names are converted to snake case ({@code companyName} → {@code company_name}). */
    public boolean snakeCase() {
        return this != JPA;
    }

    /**
     * The name of a join table no {@code @JoinTable} names, before physical naming.
     *
     * @param ownerTable  the owning entity's table
     * @param attribute   the owning attribute
     * @param targetTable the target entity's table
     */
    public String joinTable(String ownerTable, String attribute, String targetTable) {
        return ownerTable + "_" + (springImplicit ? attribute : targetTable);
    }

    /** The physical name of a table or column declared as {@code written} (or implied by a Java name). */
    public PhysicalNames.Resolved declared(String written) {
        if (this == JPA) {
            return PhysicalNames.declared(written);
        }
        String text = written.strip();
        if (text.isEmpty()) {
            return PhysicalNames.Resolved.invalid("the name is blank");
        }
        boolean quoted = PhysicalNames.isQuoted(text);
        if (!quoted && PhysicalNames.legalWithDollar(text)) {
            return dev.optionsdeep.migrate.postgres.Identifiers.isReservedKeyword(snakeCase(text))
                    ? PhysicalNames.reservedKeyword(snakeCase(text)) : PhysicalNames.checked(snakeCase(text));
        }
        // Quoted, or quoted by Hibernate as it is no legal identifier. Hibernate 7 keeps such a name as
        // written; Hibernate 6's CamelCaseToUnderscoresNamingStrategy converts it like any other.
        String name = quoted ? text.substring(1, text.length() - 1) : text;
        if (quoted && PhysicalNames.legalWithDollar(name)) {
            return PhysicalNames.checked(convertsQuoted ? snakeCase(name) : name);
        }
        if (!snakeCase(name).equals(name)) {
            return PhysicalNames.Resolved.invalid("under snake_case naming Hibernate 7 quotes " + name + " and keeps it"
                    + " as written while Hibernate 6 converts it (" + snakeCase(name) + "): write it as both read it, \"\\\""
                    + snakeCase(name) + "\\\"\"");
        }
        return PhysicalNames.checked(name);
    }

    /**
     * The physical name a column reference in {@code @Index(columnList)} or
     * {@code @UniqueConstraint(columnNames)} stands for. Hibernate resolves a reference as a logical
     * column name, so the naming applies to it as to the column itself.
     */
    public PhysicalNames.Resolved referenced(String written) {
        if (this == JPA) {
            return PhysicalNames.referenced(written);
        }
        String text = written.strip();
        if (text.isEmpty()) {
            return PhysicalNames.Resolved.invalid("the column name is blank");
        }
        return PhysicalNames.checked(PhysicalNames.isQuoted(text) && !convertsQuoted
                ? text.substring(1, text.length() - 1) : snakeCase(PhysicalNames.isQuoted(text)
                ? text.substring(1, text.length() - 1) : text));
    }

    /**
     * Hibernate's and Spring Boot's rule: dots become underscores; an underscore goes before every
     * upper-case letter that stands between a lower-case letter or digit and another lower-case
     * letter or digit ({@code wordWithDigitD1} → {@code word_with_digit_d1}, but {@code myURL} →
     * {@code myurl}); then everything is lower case, in every alphabet.
     */
    public static String snakeCase(String name) {
        String text = name.replace('.', '_');
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i > 0 && i < text.length() - 1
                    && lowerOrDigit(text.charAt(i - 1)) && Character.isUpperCase(c) && lowerOrDigit(text.charAt(i + 1));
            if (wordStart) {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean lowerOrDigit(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c);
    }
}
