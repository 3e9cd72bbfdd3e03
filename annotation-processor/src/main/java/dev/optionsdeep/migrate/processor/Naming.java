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
    JPA("jpa"),

    /**
     * Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl}, which is Spring Boot's default
     * ({@code CamelCaseToUnderscoresNamingStrategy}, its older name): {@code companyName} becomes
     * {@code company_name}.
     */
    SNAKE_CASE("snake_case"),

    /**
     * Spring Boot's defaults: {@link #SNAKE_CASE}'s physical names, and its {@code SpringImplicitNamingStrategy}, which
     * names a join table {@code <owner table>_<attribute>} ({@code post_tags}) where JPA's names it
     * {@code <owner table>_<target table>} ({@code post_tag}).
     */
    SPRING("spring");

    private final String option;

    Naming(String option) {
        this.option = option;
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
        return ownerTable + "_" + (this == SPRING ? attribute : targetTable);
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
        // written; Hibernate 6's CamelCaseToUnderscoresNamingStrategy converted it like any other.
        String name = quoted ? text.substring(1, text.length() - 1) : text;
        if (!snakeCase(name).equals(name)) {
            return PhysicalNames.Resolved.invalid("under snake_case naming Hibernate 7 keeps a quoted name as written ("
                    + name + ") while Hibernate 6 converts it (" + snakeCase(name) + "), so its physical name depends on"
                    + " the Hibernate version: write it as both read it, \"\\\"" + snakeCase(name) + "\\\"\"");
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
        return PhysicalNames.checked(PhysicalNames.isQuoted(text) ? text.substring(1, text.length() - 1)
                : snakeCase(text));
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
