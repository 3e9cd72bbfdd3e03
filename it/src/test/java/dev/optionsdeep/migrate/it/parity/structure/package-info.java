/** Mapped superclass chains, embeddables (nested, overridden, in mapped superclasses) and property access. */
@Database("parity_structure")
package dev.optionsdeep.migrate.it.parity.structure;

import dev.optionsdeep.migrate.Database;
