/**
 * Column definitions Migrate cannot model and keeps verbatim: collations, a generated column, serials,
 * an inline reference and an inline unique, created from the text exactly as Hibernate writes it.
 */
@Database("parity_verbatim")
package dev.optionsdeep.migrate.it.parity.verbatim;

import dev.optionsdeep.migrate.Database;
