/**
 * Relationships inside composite keys, in the style of course and legacy inventory code: {@code @EmbeddedId}
 * classes holding {@code @ManyToOne} and {@code @OneToOne} attributes (with and without {@code @JoinColumn(s)},
 * to simple and composite target keys), entities referencing such keys, and read-only basic copies of join
 * columns.
 */
@Database("parity_idlinks")
package dev.optionsdeep.migrate.it.parity.idlinks;

import dev.optionsdeep.migrate.Database;
