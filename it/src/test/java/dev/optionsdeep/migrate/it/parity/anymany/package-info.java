/**
 * Hibernate's {@code @ManyToAny} and a {@code @CollectionTable} naming the join table of a {@code @OneToMany} or
 * {@code @ManyToMany}, in the style of a help-desk inbox that collects items of several types and a product catalog
 * written as Hibernate's own test domains write their collections: join tables named and unnamed, sets, bags and
 * ordered lists, each discriminator type and several key types.
 */
@Database("parity_anymany")
package dev.optionsdeep.migrate.it.parity.anymany;

import dev.optionsdeep.migrate.Database;
