/**
 * Relationships beyond the shop's: JOINED inheritance, relationships to subclasses, inside
 * embeddables with @AssociationOverride, to non-key unique columns, and unidirectional one-to-many.
 */
@Database("parity_relations")
package dev.optionsdeep.migrate.it.parity.relations;

import dev.optionsdeep.migrate.Database;
