/**
 * A to-one naming one column of its target that is neither its key nor unique, as Eclipse hawkBit's stored filters
 * name several: Hibernate 7.2 and 7.4 make it unique in the target's table; 6.6 does not, and PostgreSQL refuses its
 * foreign key, which Migrate reports for 6.6 (MIGRATE-123).
 */
@Database("parity_pkjoinone")
package dev.optionsdeep.migrate.it.parity.pkjoinone;

import dev.optionsdeep.migrate.Database;
