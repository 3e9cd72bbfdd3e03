/**
 * Relationships of and to entities in named schemas: foreign keys to qualified tables; join,
 * collection and secondary tables in the default schema unless their own annotation names one.
 */
@Database("parity_schemas")
package dev.optionsdeep.migrate.it.parity.schemas;

import dev.optionsdeep.migrate.Database;
