/**
 * A claims system of the Hibernate 5 era: enums stored as the codes their own AttributeConverters write, in a
 * single-table hierarchy. Hibernate's check of such a column lists what the converter writes for each constant,
 * which only running the converter tells: Migrate maps the columns, reports the checks, and the snapshot stays
 * incomplete. Compiled in-process by CorpusParityIT.
 */
@Database("parity_converted")
package dev.optionsdeep.migrate.it.parity.converted;

import dev.optionsdeep.migrate.Database;
