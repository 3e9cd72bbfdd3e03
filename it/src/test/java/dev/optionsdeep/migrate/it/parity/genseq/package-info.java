/**
 * Ids declared with strategy = SEQUENCE beside a @GenericGenerator of the same name (the Hibernate 5 idiom kept
 * after an upgrade): a sequence generator with its own parameters, an increment generator and a table generator.
 */
@Database("parity_genseq")
package dev.optionsdeep.migrate.it.parity.genseq;

import dev.optionsdeep.migrate.Database;
