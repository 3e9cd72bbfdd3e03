/**
 * A map keyed by an entity whose {@code @MapKeyJoinColumn} names the key entity's own id column as its
 * referenced column, as Broadleaf Commerce writes it: Hibernate exports the same as without it.
 */
@Database("parity_mapkeyref")
package dev.optionsdeep.migrate.it.parity.mapkeyref;

import dev.optionsdeep.migrate.Database;
