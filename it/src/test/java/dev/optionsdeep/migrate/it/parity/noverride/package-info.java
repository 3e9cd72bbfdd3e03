/**
 * An {@code @AttributeOverride} on an entity naming an attribute it does not have: the attribute is declared by a
 * superclass that is no {@code @MappedSuperclass}, so Hibernate maps nothing of it and ignores the override. OpenMRS's
 * {@code Location} overrides {@code attributes} of its plain {@code BaseCustomizableMetadata} so.
 */
@Database("parity_noverride")
package dev.optionsdeep.migrate.it.parity.noverride;

import dev.optionsdeep.migrate.Database;
