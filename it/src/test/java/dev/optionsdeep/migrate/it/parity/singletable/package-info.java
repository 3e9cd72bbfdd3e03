/**
 * SINGLE_TABLE inheritance: an abstract root with a named discriminator and a subclass of a
 * subclass, a concrete root with an INTEGER discriminator and a mapped superclass between it and a
 * subclass, a root alone with a CHAR discriminator, and discriminators typed by their columnDefinition
 * (STRING, CHAR with a default, INTEGER). ParityIT registers sibling entities by
 * qualified name, the order Migrate assumes for the values of a discriminator's check.
 */
@Database("parity_singletable")
package dev.optionsdeep.migrate.it.parity.singletable;

import dev.optionsdeep.migrate.Database;
