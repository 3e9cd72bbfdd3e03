/**
 * An audited application in the manner of a clinic's records system with Hibernate Envers: audited
 * entities and their {@code _AUD} tables, {@code @NotAudited} attributes, a relationship to an entity
 * that is not audited, audited many-to-many and element collections, a renamed audit table, JOINED and
 * SINGLE_TABLE hierarchies, a mapped superclass that is not audited. Compiled in-process by CorpusParityIT
 * with hibernate-envers on the class path.
 */
@Database("parity_audited")
package dev.optionsdeep.migrate.it.parity.audited;

import dev.optionsdeep.migrate.Database;
