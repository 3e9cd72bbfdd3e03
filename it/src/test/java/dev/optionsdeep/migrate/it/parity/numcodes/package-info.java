/**
 * Amounts and counters of other Java types than BigDecimal stored as numeric by a type code
 * ({@code @JdbcTypeCode(SqlTypes.NUMERIC)} or {@code DECIMAL}), with and without a precision and scale.
 */
@Database("parity_numcodes")
package dev.optionsdeep.migrate.it.parity.numcodes;

import dev.optionsdeep.migrate.Database;
