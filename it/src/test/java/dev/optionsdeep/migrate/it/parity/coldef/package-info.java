/**
 * A legacy model: columns described by {@code @Column(columnDefinition)} with defaults, NOT NULL, NULL,
 * UNIQUE and CHECK clauses and PostgreSQL's type aliases, as old code writes them.
 */
@Database("parity_coldef")
package dev.optionsdeep.migrate.it.parity.coldef;

import dev.optionsdeep.migrate.Database;
