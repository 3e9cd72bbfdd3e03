/**
 * An enterprise model in the style of older Hibernate applications and the Hibernate user guide: cascading
 * deletes in the database ({@code @OnDelete}), relationships without a foreign key constraint
 * ({@code @NotFound}, {@code ConstraintMode.NO_CONSTRAINT}), large objects, calendars and SQL timestamps,
 * sorted and ordered collections, a map of strings, an embeddable knowing its parent, a read-only view entity
 * ({@code @Subselect}). Compiled in-process by CorpusParityIT.
 */
@Database("parity_enterprise")
package dev.optionsdeep.migrate.it.parity.enterprise;

import dev.optionsdeep.migrate.Database;
