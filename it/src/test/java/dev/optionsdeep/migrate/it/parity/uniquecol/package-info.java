/**
 * Unique columns named a second time in {@code @Table}, as Apache Fineract names them: Hibernate keeps the column's
 * own {@code unique} and drops a one-column {@code @UniqueConstraint} or unique {@code @Index} on it, name and all.
 */
@Database("parity_uniquecol")
package dev.optionsdeep.migrate.it.parity.uniquecol;

import dev.optionsdeep.migrate.Database;
