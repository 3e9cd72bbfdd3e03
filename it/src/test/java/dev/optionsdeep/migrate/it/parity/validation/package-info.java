/**
 * A model validated with Jakarta Validation, as Spring Boot applications with spring-boot-starter-validation and
 * Jakarta EE applications write them: Hibernate applies {@code @NotNull}, {@code @Size}, {@code @Min},
 * {@code @Max}, {@code @Digits} and Hibernate Validator's {@code @Length} to the schema when a provider is present.
 */
@Database("parity_validation")
@jakarta.persistence.SequenceGenerator(name = "bv_seq", sequenceName = "bv_seq", allocationSize = 50)
package dev.optionsdeep.migrate.it.parity.validation;

import dev.optionsdeep.migrate.Database;
