/**
 * Column defaults, comments and a table in a named schema: {@code @ColumnDefault}, {@code @Table(comment)},
 * {@code @Column(comment)}, Hibernate's {@code @Comment}, {@code @Table(schema)}.
 */
@Database("parity_attributes")
package dev.optionsdeep.migrate.it.parity.attributes;

import dev.optionsdeep.migrate.Database;
