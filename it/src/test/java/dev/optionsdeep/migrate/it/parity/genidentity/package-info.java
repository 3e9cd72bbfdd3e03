/**
 * An identity column as one part of an {@code @IdClass} key, which Hibernate 6.6 and 7.4 create and 7.2
 * refuses ("Identity generation isn't supported for composite ids"): a model of its own, so that the 7.2
 * line leaves it out.
 */
@Database("parity_genidentity")
package dev.optionsdeep.migrate.it.parity.genidentity;

import dev.optionsdeep.migrate.Database;
