/**
 * One column that several basic attributes map, one of them writable and the others read-only, in the style of HAPI
 * FHIR's index tables: a {@code @MappedSuperclass} maps {@code OWNER_ID} read-only and the entity maps it again
 * writable; an {@code @Embedded} reference writes a column a read-only attribute repeats for sorting; read-only
 * copies of an {@code @EmbeddedId}'s part, as a basic attribute and as an override in an embedded reference.
 */
@Database("parity_sharedcols")
package dev.optionsdeep.migrate.it.parity.sharedcols;

import dev.optionsdeep.migrate.Database;
