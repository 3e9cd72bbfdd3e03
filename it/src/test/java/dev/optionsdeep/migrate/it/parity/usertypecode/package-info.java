/**
 * Hibernate user types ({@code @Type}) without a columnDefinition, whose {@code getSqlType()} returns a constant:
 * the column is the type that code gives, sized by {@code @Column(length)} (Candlepin's empty-string types).
 */
@Database("parity_usertypecode")
package dev.optionsdeep.migrate.it.parity.usertypecode;

import dev.optionsdeep.migrate.Database;
