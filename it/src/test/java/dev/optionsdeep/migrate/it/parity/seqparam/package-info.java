/**
 * {@code @GenericGenerator} sequence strategies naming their sequence with the older {@code sequence} parameter, which
 * Hibernate's {@code SequenceStyleGenerator} still reads when {@code sequence_name} is absent. OpenMRS names each
 * entity's PostgreSQL serial sequence so ({@code strategy = "native"}, or no strategy at all, beside
 * {@code strategy = SEQUENCE} or with {@code AUTO}).
 */
@Database("parity_seqparam")
package dev.optionsdeep.migrate.it.parity.seqparam;

import dev.optionsdeep.migrate.Database;
