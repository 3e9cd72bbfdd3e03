/**
 * To-one relationships kept in a join table of their own, as Broadleaf Commerce maps a SKU's product: Hibernate
 * makes the {@code @JoinTable} a secondary table of the owner, keyed by the owner's id, holding the target's key.
 */
@Database("parity_tojoin")
package dev.optionsdeep.migrate.it.parity.tojoin;

import dev.optionsdeep.migrate.Database;
