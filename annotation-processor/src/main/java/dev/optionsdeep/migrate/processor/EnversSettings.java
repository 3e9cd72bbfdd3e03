package dev.optionsdeep.migrate.processor;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Hibernate Envers settings ({@code org.hibernate.envers.*}) that shape its audit tables, as the application
 * sets them, told to the processor as {@code -Amigrate.envers.<setting>=<value>} (a compiler cannot read the
 * application's run-time configuration): {@code audit_table_prefix} (default empty), {@code audit_table_suffix}
 * ({@code _AUD}), {@code revision_field_name} ({@code REV}), {@code revision_type_field_name} ({@code REVTYPE}),
 * {@code default_schema} (none), {@code audit_strategy} ({@code default}, or {@code validity}: Envers'
 * {@code ValidityAuditStrategy}, by that name or its class name), {@code audit_strategy_validity_end_rev_field_name}
 * ({@code REVEND}), {@code audit_strategy_validity_store_revend_timestamp} ({@code false}) and
 * {@code audit_strategy_validity_revend_timestamp_field_name} ({@code REVEND_TSTMP}). Settings that change no table
 * (such as {@code store_data_at_delete}) need not be told.
 *
 * @param invalid what was given that Migrate does not know, reported as MIGRATE-122
 */
public record EnversSettings(String prefix, String suffix, String revisionField, String revisionTypeField,
                             String defaultSchema, boolean validity, String revisionEndField, boolean revisionEndTimestamp,
                             String revisionEndTimestampField, Set<String> invalid) {

    public static final String PREFIX = "migrate.envers.";

    static final Set<String> OPTIONS = Set.of(PREFIX + "audit_table_prefix", PREFIX + "audit_table_suffix",
            PREFIX + "revision_field_name", PREFIX + "revision_type_field_name", PREFIX + "default_schema",
            PREFIX + "store_data_at_delete", PREFIX + "audit_strategy", PREFIX + "audit_strategy_validity_end_rev_field_name",
            PREFIX + "audit_strategy_validity_store_revend_timestamp",
            PREFIX + "audit_strategy_validity_revend_timestamp_field_name");

    /** Envers' defaults. */
    public static final EnversSettings DEFAULTS = of(Map.of());

    static EnversSettings of(Map<String, String> options) {
        Set<String> invalid = new LinkedHashSet<>();
        String strategy = get(options, "audit_strategy", "default");
        boolean validity = switch (strategy) {
            case "validity", "org.hibernate.envers.strategy.ValidityAuditStrategy",
                 "org.hibernate.envers.strategy.internal.ValidityAuditStrategy" -> true;
            case "default", "org.hibernate.envers.strategy.DefaultAuditStrategy",
                 "org.hibernate.envers.strategy.internal.DefaultAuditStrategy" -> false;
            default -> {
                invalid.add(PREFIX + "audit_strategy=" + strategy);
                yield false;
            }
        };
        return new EnversSettings(get(options, "audit_table_prefix", ""), get(options, "audit_table_suffix", "_AUD"),
                get(options, "revision_field_name", "REV"), get(options, "revision_type_field_name", "REVTYPE"),
                get(options, "default_schema", ""), validity, get(options, "audit_strategy_validity_end_rev_field_name",
                "REVEND"), Boolean.parseBoolean(get(options, "audit_strategy_validity_store_revend_timestamp", "false")),
                get(options, "audit_strategy_validity_revend_timestamp_field_name", "REVEND_TSTMP"), Set.copyOf(invalid));
    }

    private static String get(Map<String, String> options, String setting, String absent) {
        String value = options.get(PREFIX + setting);
        return value == null ? absent : value.strip();
    }
}
