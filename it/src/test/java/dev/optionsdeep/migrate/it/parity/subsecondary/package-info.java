/**
 * {@code @SecondaryTable} declared on {@code SINGLE_TABLE} subclasses, as a learning platform's exercise hierarchy
 * declares it: each subclass keeps its details in a table of its own, keyed by the hierarchy's key with a foreign key to
 * the root's table; the columns that name it go there (nullable unless {@code nullable = false}, primitives too), an
 * ordinal enum with its check, and a unique one-to-one join column; a secondary table with no column of its own is
 * still created, and one keyed by {@code pkJoinColumns} takes their name.
 */
@Database("parity_subsecondary")
package dev.optionsdeep.migrate.it.parity.subsecondary;

import dev.optionsdeep.migrate.Database;
