/**
 * SINGLE_TABLE inheritance: an abstract root with a named discriminator and a subclass of a
 * subclass, a concrete root with an INTEGER discriminator and a mapped superclass between it and a
 * subclass, and a root alone with a CHAR discriminator. ParityIT registers sibling entities by
 * qualified name, the order Migrate assumes for the values of a discriminator's check.
 */
@Database("parity_singletable")
package dev.optionsdeep.migrate.it.parity.singletable;

import dev.optionsdeep.migrate.Database;
