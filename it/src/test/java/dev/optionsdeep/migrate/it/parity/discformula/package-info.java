/**
 * Discriminators Hibernate reads from a {@code @DiscriminatorFormula} rather than a column, as Candlepin's content
 * overrides do ({@code ContentOverride}: {@code case when key_id is null then 'consumer' else 'activation_key' end}
 * over the join column of one subclass): no discriminator column and no check on the values; from Hibernate 7.2 on, a
 * subclass's check on its required columns starts from the formula. Also a formula of {@code INTEGER} values, one typed
 * by the {@code @DiscriminatorColumn} beside it, {@code @DiscriminatorValue("null")} and {@code ("not null")} under a
 * formula, a root alone with a formula, and {@code @DiscriminatorOptions}: {@code force} (no check on a column's values)
 * and {@code insert = false} (an attribute writes the discriminator's column).
 */
@Database("parity_discformula")
package dev.optionsdeep.migrate.it.parity.discformula;

import dev.optionsdeep.migrate.Database;
