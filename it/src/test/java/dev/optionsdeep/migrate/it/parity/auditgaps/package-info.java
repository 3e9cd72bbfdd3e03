/**
 * A workshop's audited inventory with Hibernate Envers: a TABLE_PER_CLASS hierarchy (an abstract root and a
 * concrete one), ordered lists and maps of values and of entities, each audited, so that Hibernate's export holds
 * the audit tables Envers makes for them.
 */
@Database("parity_auditgaps")
package dev.optionsdeep.migrate.it.parity.auditgaps;

import dev.optionsdeep.migrate.Database;
