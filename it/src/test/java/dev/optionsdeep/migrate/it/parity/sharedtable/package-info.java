/**
 * Entities on one table: Hibernate makes one table of them, with the columns of all. In the style of Apache Ranger's
 * admin model, whose policies are mapped twice on {@code x_policy} (one entity drawing its ids from a sequence, one with
 * assigned ids for imports, over one mapped superclass) and whose access audits three times on {@code xa_access_audit}
 * (the newest with more columns). Both define alike what they share, so the order Hibernate registers them in does
 * not matter.
 */
@Database("parity_sharedtable")
package dev.optionsdeep.migrate.it.parity.sharedtable;

import dev.optionsdeep.migrate.Database;
