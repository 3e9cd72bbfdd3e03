/**
 * A legacy model: columns described by {@code @Column(columnDefinition)} with defaults, NOT NULL, NULL,
 * UNIQUE and CHECK clauses and PostgreSQL's type aliases, as old code writes them.
 */
@Database("parity_legacy")
package dev.optionsdeep.migrate.it.parity.legacy;

import dev.optionsdeep.migrate.Database;
