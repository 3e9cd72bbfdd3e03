/**
 * Entity inheritance as Migrate maps it: TABLE_PER_CLASS hierarchies (an abstract and a concrete
 * root), and entities with an @Inheritance but no subclass, which are plain tables.
 */
@Database("parity_inheritance")
package dev.optionsdeep.migrate.it.parity.inheritance;

import dev.optionsdeep.migrate.Database;
