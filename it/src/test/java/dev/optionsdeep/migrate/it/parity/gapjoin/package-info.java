/**
 * To-one relationships in join tables Hibernate names or shares: a {@code @JoinTable} without a name (named in
 * Hibernate's second pass by the implicit naming strategy), and two to-ones kept in one join table.
 */
@Database("parity_gapjoin")
package dev.optionsdeep.migrate.it.parity.gapjoin;

import dev.optionsdeep.migrate.Database;
