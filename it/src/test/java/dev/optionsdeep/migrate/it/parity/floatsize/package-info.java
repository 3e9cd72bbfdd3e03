/**
 * {@code Float} and {@code Double} columns with {@code @Column(precision)}, which Hibernate reads as decimal digits and
 * writes as {@code float(p)} in bits: a {@code real} up to 7 digits, a {@code double precision} from 8 to 15. OpenMRS's
 * {@code OrderFrequency} gives its {@code frequencyPerDay} a precision of 22, on which Hibernate's own export fails
 * ({@code float(74)}), which Migrate reports instead (MIGRATE-112).
 */
@Database("parity_floatsize")
package dev.optionsdeep.migrate.it.parity.floatsize;

import dev.optionsdeep.migrate.Database;
