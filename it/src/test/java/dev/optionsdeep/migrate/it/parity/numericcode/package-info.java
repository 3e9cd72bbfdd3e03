/**
 * {@code @JdbcTypeCode(SqlTypes.DECIMAL)} and {@code NUMERIC} on {@code BigDecimal} attributes, in the style of HAPI
 * FHIR's number and quantity indexes: numeric(precision,scale) as without the code, with and without a precision.
 */
@Database("parity_numericcode")
package dev.optionsdeep.migrate.it.parity.numericcode;

import dev.optionsdeep.migrate.Database;
