/**
 * A document registry audited by Hibernate Envers with a revision entity of its own (who made each
 * revision), an audited mapped superclass, attributes audited one by one, a renamed audit join table,
 * modified flags, an audited element collection of embeddables and a one-to-many join column. Compiled
 * in-process by CorpusParityIT with hibernate-envers on the class path.
 */
@Database("parity_revisions")
package dev.optionsdeep.migrate.it.parity.revisions;

import dev.optionsdeep.migrate.Database;
