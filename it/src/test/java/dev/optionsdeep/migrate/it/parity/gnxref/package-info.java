/**
 * Broadleaf Commerce's cross-reference entity: an {@code @EmbeddedId} class (nested, without {@code @Embeddable})
 * holding two {@code @ManyToOne(optional = false)} typed with interfaces, the entity named in {@code targetEntity}.
 */
@Database("parity_gnxref")
package dev.optionsdeep.migrate.it.parity.gnxref;

import dev.optionsdeep.migrate.Database;
