/**
 * Join columns that name no referenced column, to a composite key whose parts sort differently by declaration, by
 * attribute name and by size: Hibernate pairs the i-th join column with the key's i-th attribute by name (an
 * {@code @EmbeddedId}'s or an {@code @IdClass}'s), and only then orders the key's columns, and the foreign key's
 * with them, by size. In the style of HAPI FHIR's resource history, which joins a partitioned resource this way.
 */
@Database("parity_joinorder")
package dev.optionsdeep.migrate.it.parity.joinorder;

import dev.optionsdeep.migrate.Database;
