/**
 * A Jakarta EE-style domain (conference planning, in the manner of the cargo tracker sample): value
 * objects embedded with overrides, nested embeddables, ordered one-to-many lists with a join column,
 * {@code @Temporal} dates, named queries. Compiled in-process by CorpusParityIT.
 */
@Database("parity_jakartaee")
package dev.optionsdeep.migrate.it.parity.jakartaee;

import dev.optionsdeep.migrate.Database;
