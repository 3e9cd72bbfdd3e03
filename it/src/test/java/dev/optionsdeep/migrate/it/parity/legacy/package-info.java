/**
 * A legacy-style model (an old policy administration system): column definitions with defaults, not
 * null and checks, ids from a table generator, formulas, restrictions ({@code @SQLRestriction}, which
 * replaced {@code @Where} in Hibernate 7), immutable entities, composite keys. Compiled in-process by
 * CorpusParityIT.
 */
@Database("parity_legacy")
package dev.optionsdeep.migrate.it.parity.legacy;

import dev.optionsdeep.migrate.Database;
