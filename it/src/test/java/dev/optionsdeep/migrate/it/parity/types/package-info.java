/**
 * Basic types and column fidelity as Hibernate 7.4 maps them: timestamp generators (not null), an
 * enum name of length 1 ({@code char(1)}), key columns marked unique, JDK types stored as strings,
 * JDBC large objects, {@code @JdbcTypeCode} (JSON and the others real code uses), {@code @NaturalId},
 * {@code @TenantId}, {@code @Generated} and {@code @Formula}.
 */
@Database("parity_types")
package dev.optionsdeep.migrate.it.parity.types;

import dev.optionsdeep.migrate.Database;
