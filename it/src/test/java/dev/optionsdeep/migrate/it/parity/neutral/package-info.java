/**
 * A JHipster-like domain full of annotations that change nothing in the schema (caches, batch and
 * fetch settings, custom SQL, filters, column transformers, sorting, another library's annotation),
 * on classes, fields, getters and collections: Hibernate's export must equal ours without them.
 */
@Database("parity_neutral")
package dev.optionsdeep.migrate.it.parity.neutral;

import dev.optionsdeep.migrate.Database;
