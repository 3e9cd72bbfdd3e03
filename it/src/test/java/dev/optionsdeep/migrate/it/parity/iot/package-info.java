/**
 * An IoT platform in the style of ThingsBoard's SQL entities, on Spring Boot's naming: a generic mapped
 * superclass with a uuid id, JSON held by a generic converter and by {@code @JdbcTypeCode(SqlTypes.JSON)},
 * arrays, java.time and Duration attributes, time series keyed by an {@code @IdClass}, a joined hierarchy of
 * notifications, an interface as the target of a relationship, and attributes kept per scope in maps on a
 * {@code @OneToMany @JoinColumn}. Compiled in-process by CorpusParityIT, not by the module's test
 * compilation: see there why.
 */
@Database("parity_iot")
package dev.optionsdeep.migrate.it.parity.iot;

import dev.optionsdeep.migrate.Database;
