/**
 * Entities of a library jar beside the application's own: Axon Framework's token, saga and event entries, Spring
 * Modulith's event publications, an organisation's shared audit jar, all listed by the application for Hibernate
 * ({@code @EntityScan}, Axon's starter). {@code LibraryEntitiesIT} compiles {@code lib} alone first, then this
 * package with it on the class path, as a jar: Migrate maps {@code lib}'s entities because {@code include} lists
 * their package.
 */
@Database(value = "parity_libentities", include = "dev.optionsdeep.migrate.it.parity.libentities.lib")
package dev.optionsdeep.migrate.it.parity.libentities.app;

import dev.optionsdeep.migrate.Database;
