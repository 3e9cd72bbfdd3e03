/**
 * Constructs real models use beyond the common ones: sequences in named schemas, names that are PostgreSQL
 * keywords (quoted, as Hibernate then writes them too).
 */
@Database("parity_constructs")
package dev.optionsdeep.migrate.it.parity.constructs;

import dev.optionsdeep.migrate.Database;
