/**
 * Derived identities, the forms of JPA 3.1 §2.4.1.3: order lines keyed by their order
 * ({@code @MapsId("…")} into an {@code @EmbeddedId}), a grandchild keyed by a derived key,
 * {@code @Id} on a to-one with an {@code @IdClass}, and keys shared with a composite parent key.
 */
@Database("parity_derived")
package dev.optionsdeep.migrate.it.parity.derived;

import dev.optionsdeep.migrate.Database;
