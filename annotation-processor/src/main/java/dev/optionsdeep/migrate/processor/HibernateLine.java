package dev.optionsdeep.migrate.processor;

import javax.lang.model.util.Elements;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Hibernate line whose mapping rules the snapshot follows, chosen with {@code -Amigrate.hibernate}: where two
 * lines export different schemas for the same entities, each line's export is the one its validate accepts.
 * Without the option, the line of the {@code hibernate-core} on the compile class path, else the newest.
 */
public enum HibernateLine {

    /** Hibernate 6.6, what Spring Boot 3.4 and 3.5 ship. */
    V6_6("6.6"),

    /** Hibernate 7.0 to 7.2, what Spring Boot 4.0 ships. */
    V7_2("7.2"),

    /** Hibernate 7.3 and 7.4, the default. */
    V7_4("7.4");

    public static final HibernateLine DEFAULT = V7_4;

    private final String option;

    HibernateLine(String option) {
        this.option = option;
    }

    /** The value of {@code -Amigrate.hibernate} that selects it, and what a snapshot records. */
    public String option() {
        return option;
    }

    /** What a snapshot made for this line records: nothing for the default, so that its snapshots read as before. */
    public String recorded() {
        return this == DEFAULT ? null : option;
    }

    /** The line an option value selects, ignoring surrounding blanks. */
    static Optional<HibernateLine> of(String option) {
        return Arrays.stream(values()).filter(line -> line.option.equals(option.strip())).findFirst();
    }

    /** "6.6, 7.2 or 7.4", for messages. */
    static String allowed() {
        String all = Arrays.stream(values()).map(HibernateLine::option).collect(Collectors.joining(", "));
        return all.substring(0, all.lastIndexOf(", ")) + " or " + DEFAULT.option;
    }

    /**
     * The line of the {@code hibernate-core} the entities are compiled against, told by annotations each line added;
     * empty when Hibernate is not on the compile class path (only Jakarta Persistence is).
     */
    static Optional<HibernateLine> detect(Elements elements) {
        if (present(elements, "org.hibernate.annotations.Temporal")) {
            return Optional.of(V7_4); // since 7.3
        }
        // @EmbeddedTable came with 7.2 only; 7.0 and 7.1 (7.1 runs Keycloak 26.5, on Quarkus 3.27) export as 7.2 does.
        if (present(elements, "org.hibernate.annotations.NativeGenerator")) {
            return Optional.of(V7_2); // since 7.0
        }
        if (present(elements, "org.hibernate.annotations.Formula")) {
            return Optional.of(V6_6); // Hibernate 6 (an older 6 maps as 6.6 does, as far as Migrate knows)
        }
        return Optional.empty();
    }

    /**
     * Whether the {@code hibernate-core} on the compile class path is older than Hibernate 6 (3.x to 5.x, as legacy
     * models are built with): it has {@code @Formula} but not {@code @JdbcTypeCode}, which came with 6.0.
     * {@link #detect} takes it for 6.6, the oldest line Migrate maps for.
     */
    static boolean olderThanSix(Elements elements) {
        return present(elements, "org.hibernate.annotations.Formula")
                && !present(elements, "org.hibernate.annotations.JdbcTypeCode");
    }

    private static boolean present(Elements elements, String name) {
        return elements.getTypeElement(name) != null;
    }

    /** Whether a list's {@code @OrderColumn} gets a check {@code >= 0} (or its {@code @ListIndexBase}): 7.4's. */
    /** Whether an {@code @Any} key's {@code @JoinColumn} may leave its name out (6.6 and 7.2 fail to start then). */
    public boolean namesAnyKeysImplicitly() {
        return this == V7_4;
    }

    /**
     * Whether {@code @GeneratedValue(strategy = TABLE, generator = "x")} uses a {@code @GenericGenerator(name = "x")}
     * (6.6: a named generator is used whatever the strategy), rather than a {@code @TableGenerator} of that name, else
     * a table named {@code x} (7.x looks only for a {@code @TableGenerator}, and refuses to start when a package
     * declares the {@code @GenericGenerator}); checked with each line's export, parity model {@code gennamed}.
     */
    public boolean tableIdsUseGenericGenerators() {
        return this == V6_6;
    }

    public boolean checksListPositions() {
        return this == V7_4;
    }

    /** Whether a {@code Set} element collection whose elements may be null gets a unique constraint over all its columns. */
    public boolean uniqueSetsOfNullables() {
        return this == V7_4;
    }

    /**
     * Whether a {@code Set}'s table that declares unique constraints ({@code @JoinTable} or {@code @CollectionTable}
     * {@code uniqueConstraints}) gets neither the key nor the unique constraint over all its columns (7.4), not the key.
     */
    public boolean setKeysYieldToDeclaredUniques() {
        return this == V7_4;
    }

    /**
     * Whether the join table of a unidirectional {@code @OneToMany} {@code Set} is keyed by the target alone (7.4), not
     * by owner and target with the target unique.
     */
    public boolean keysOneToManySetsByTarget() {
        return this == V7_4;
    }

    /**
     * Whether the target's columns in the join table of a {@code @ManyToOne} or {@code @OneToOne} are not null even
     * for an optional relationship: 7.4's (6.6 and 7.2 keep them nullable unless it is mandatory).
     */
    public boolean toOneJoinTablesNotNull() {
        return this == V7_4;
    }

    /** Whether {@code @Version} and generated timestamp columns are not null whatever their Java type says: 7.4's. */
    public boolean versionsNotNull() {
        return this == V7_4;
    }

    /**
     * Whether an identity column may be one part of a composite key: 6.6 and 7.4 create it, 7.2 fails to start
     * ("Identity generation isn't supported for composite ids"), checked with each line's export.
     */
    public boolean generatesIdentityInCompositeKeys() {
        return this != V7_2;
    }

    /** Whether a Boolean under {@code @JdbcTypeCode(SqlTypes.TINYINT)} is checked for 0 and 1 (parity model flagcodes). */
    public boolean checksTinyIntBooleans() {
        return this != V6_6;
    }

    /**
     * Whether a to-one naming one column of its target that is neither its key nor unique makes that column unique: 7.2
     * and 7.4 do; 6.6 does not, and PostgreSQL refuses its foreign key (several such columns every line makes unique;
     * parity model pkjoinref).
     */
    public boolean uniquesSingleReferencedColumns() {
        return this != V6_6;
    }

    /** Whether a {@code SINGLE_TABLE} hierarchy gets checks on its discriminator's values and its subclasses' not-null columns. */
    public boolean checksSingleTables() {
        return this != V6_6;
    }

    /**
     * The default precision of a {@code Double} ({@code Float} when {@code single}) stored as numeric by
     * {@code @JdbcTypeCode(SqlTypes.NUMERIC or DECIMAL)}: 6.6 takes the binary digits (53, 24), 7 the decimal ones
     * (17, 8); checked with each line's export, parity model {@code numcodes}.
     */
    public int numericFloatPrecision(boolean single) {
        return this == V6_6 ? (single ? 24 : 53) : (single ? 8 : 17);
    }

    /**
     * The type of a time column without {@code secondPrecision} (which came with Jakarta Persistence 3.2): 6.6 keeps
     * microseconds, {@code time(6)}, where 7 keeps whole seconds.
     */
    public String timePrecision(String sqlType) {
        return this == V6_6 && sqlType != null && sqlType.startsWith("time(0) ") ? "time(6) " + sqlType.substring(8)
                : sqlType;
    }
}
