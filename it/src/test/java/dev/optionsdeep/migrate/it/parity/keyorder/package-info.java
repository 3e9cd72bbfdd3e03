/**
 * Composite keys whose columns a unique constraint lists again: Hibernate drops the constraint (the key is unique
 * already) and writes the key's columns in the constraint's order, not in its own order by size and name. In the style
 * of a repository platform's cache of which group contains which, keyed by two references to the group table.
 */
@Database("parity_keyorder")
package dev.optionsdeep.migrate.it.parity.keyorder;

import dev.optionsdeep.migrate.Database;
