/**
 * A Jakarta EE-style shipping domain (after the cargotracker reference application): ordered lists
 * kept by a position column in the target's table, join columns the target maps itself, and join
 * tables that are an entity's table.
 */
@Database("parity_cargo")
package dev.optionsdeep.migrate.it.parity.cargo;

import dev.optionsdeep.migrate.Database;
