/**
 * A JOINED root without subclasses that declares a discriminator column: one table, as a SINGLE_TABLE root alone.
 */
@Database("parity_joinedleaf")
package dev.optionsdeep.migrate.it.parity.joinedleaf;

import dev.optionsdeep.migrate.Database;
