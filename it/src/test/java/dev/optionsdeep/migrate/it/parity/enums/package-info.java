/**
 * Enums and check constraints: ordinal and name enums (with their checks), enums inside an
 * embeddable, JPA 3.2 {@code @CheckConstraint} on tables and columns, named and not, and
 * Hibernate's {@code @Check}.
 */
@Database("parity_enums")
package dev.optionsdeep.migrate.it.parity.enums;

import dev.optionsdeep.migrate.Database;
