/**
 * Ids drawn through Hibernate's enhanced sequence generator forced onto a table ({@code force_table_use}), as
 * OpenOLAT declares on every entity: a one-column table shared by the entities that name it, and one left to the
 * generator's defaults.
 */
@Database("parity_hilotable")
package dev.optionsdeep.migrate.it.parity.hilotable;

import dev.optionsdeep.migrate.Database;
