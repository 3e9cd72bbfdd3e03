/**
 * Compiled a second time by SnakeCaseParityIT, with -Amigrate.naming=snake_case, and compared with
 * Hibernate configured with PhysicalNamingStrategySnakeCaseImpl (Spring Boot's naming). The test
 * compilation of the module reads it with the default naming too; that snapshot is not used.
 */
@Database("parity_snake")
package dev.optionsdeep.migrate.it.parity.snake;

import dev.optionsdeep.migrate.Database;
