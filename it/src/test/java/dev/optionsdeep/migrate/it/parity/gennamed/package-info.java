/**
 * Generators and legacy Hibernate annotations as Hibernate 4-era models (Broadleaf Commerce) write them: named
 * {@code @GenericGenerator}s of Hibernate's enhanced TableGenerator, also next to {@code strategy = TABLE}.
 */
@Database("parity_gennamed")
package dev.optionsdeep.migrate.it.parity.gennamed;

import dev.optionsdeep.migrate.Database;
