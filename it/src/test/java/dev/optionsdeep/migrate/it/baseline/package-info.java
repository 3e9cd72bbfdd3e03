/**
 * The equities model as it was before the team adopted Migrate: Hibernate's {@code ddl-auto} built
 * the database from it. {@code BaselineIT} has Hibernate create that database, then baselines it.
 */
@Database("baseline_legacy")
package dev.optionsdeep.migrate.it.baseline;

import dev.optionsdeep.migrate.Database;
