/**
 * An identity server's store in the style of Keycloak's JPA entities (Hibernate's default naming, upper-case
 * names written out): string ids read through properties, national character columns, element collections
 * of strings and of string maps, attribute rows per owner, composite keys as nested {@code @IdClass} classes,
 * named queries and fetch tuning. Compiled in-process by CorpusParityIT, not by the module's test compilation:
 * see there why.
 */
@Database("parity_iam")
package dev.optionsdeep.migrate.it.parity.iam;

import dev.optionsdeep.migrate.Database;
