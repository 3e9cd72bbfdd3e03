/**
 * Entities mapped to one table: a full entity, a narrower view of its table updating one column and adding one of
 * its own, a read-only {@code @Immutable} view over the same columns with a relationship the full entity also maps,
 * and a {@code @Subselect} summary (no table at all). Hibernate makes one table of them, the columns both map kept as
 * the entity it registers first defines them; here they agree, so that order cannot matter (ParityIT lists the
 * views before the full entity). In the style of OpenOLAT's light entities: {@code IdentityLastLoginImpl} and
 * {@code AssessedIdentity} beside {@code IdentityImpl} on {@code o_bs_identity}.
 */
@Database("parity_onetable")
package dev.optionsdeep.migrate.it.parity.onetable;

import dev.optionsdeep.migrate.Database;
