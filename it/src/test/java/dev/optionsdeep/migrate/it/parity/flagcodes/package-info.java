/**
 * Booleans stored as small integers by {@code @JdbcTypeCode(SqlTypes.TINYINT)} or {@code SMALLINT}, as Candlepin's
 * pool keeps its managed flag: a smallint column, without a check.
 */
@Database("parity_flagcodes")
package dev.optionsdeep.migrate.it.parity.flagcodes;

import dev.optionsdeep.migrate.Database;
