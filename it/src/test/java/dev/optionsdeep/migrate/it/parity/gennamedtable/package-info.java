/**
 * A TABLE id naming a {@code @GenericGenerator}, as Broadleaf Commerce writes it. Hibernate 6.6 exports the
 * generator's table, yet draws the id from a table named after the generator, which its export does not create:
 * the model is left out of 6.6's line (HibernateLine), whose draw of the id fails on its own export too.
 */
@Database("parity_gennamed_table")
package dev.optionsdeep.migrate.it.parity.gennamedtable;

import dev.optionsdeep.migrate.Database;
