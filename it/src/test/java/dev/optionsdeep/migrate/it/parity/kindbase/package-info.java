/**
 * A {@code SINGLE_TABLE} root that also reads its discriminator through a read-only attribute, as an IoT platform's
 * asset reads its type: Hibernate keeps the discriminator's column, whatever the attribute's {@code @Column} says;
 * an entity of {@code @DiscriminatorValue("not null")}, for the kinds no other entity claims; and readings keyed by
 * an {@code @IdClass} their {@code @MappedSuperclass} names.
 */
@Database("parity_kindbase")
package dev.optionsdeep.migrate.it.parity.kindbase;

import dev.optionsdeep.migrate.Database;
