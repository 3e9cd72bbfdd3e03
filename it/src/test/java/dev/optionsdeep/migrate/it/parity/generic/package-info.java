/**
 * Hibernate 5 and 6 idioms still common in real models: {@code @GenericGenerator} with the usual strategies, and
 * {@code @Type} with a {@code columnDefinition} (hypersistence-utils' JSON types are used this way).
 */
@Database("parity_generic")
package dev.optionsdeep.migrate.it.parity.generic;

import dev.optionsdeep.migrate.Database;
