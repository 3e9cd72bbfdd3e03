/**
 * Id bags typed the Hibernate 6 way: Hibernate 6 has no {@code @CollectionIdJavaClass} (it came with 7.0), so a
 * model written for it names one of Hibernate's own Java type descriptors with {@code @CollectionIdJavaType}, and each
 * line makes the surrogate key column of that descriptor's type. In the style of a repository platform whose file
 * formats keep their extensions in a keyed collection table drawn from a sequence of its own.
 */
@Database("parity_idbagtypes")
package dev.optionsdeep.migrate.it.parity.idbagtypes;

import dev.optionsdeep.migrate.Database;
