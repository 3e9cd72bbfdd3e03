/**
 * Quoted names in camel case, as Spring Authorization Server's JPA sample quotes its consent table
 * ({@code "`authorizationConsent`"}): under snake-case naming Hibernate 7 keeps them as written, 6.6 converts them
 * ({@link dev.optionsdeep.migrate.it.parity.SnakeCaseParityIT}); under Hibernate's own naming they are kept too.
 */
@Database("parity_quotedsnake")
package dev.optionsdeep.migrate.it.parity.quotedsnake;

import dev.optionsdeep.migrate.Database;
