/**
 * Migrate's annotation processor: reads the {@code @Entity} classes of a compilation into one schema
 * snapshot per database, {@code META-INF/migrate/<database>.schema.json}.
 *
 * <p>{@link dev.optionsdeep.migrate.processor.EntityProcessor} is the entry point and stays thin: it
 * collects the entities of every round and, when processing is over, runs the stages, each a package:
 * <ol>
 *   <li>{@code read}: JPA as written, read by annotation name (jakarta and javax alike) into a typed
 *       model: the persistent attributes of a class and their access type, what each element's annotations
 *       say ({@code read.Mapping}, read once per element, with records for the annotations with several
 *       values), overrides, converters, exclusions, each entity's database;</li>
 *   <li>{@code bind}: that model bound to tables as Hibernate ORM 7.4 binds them, one class per
 *       concern, never reading an annotation itself; each entity is read once into an {@code EntityDraft} (its own columns and key), and
 *       completed when every entity's key is known (relationships take their type from it);</li>
 *   <li>{@code check}: what the tables of all entities must satisfy together (names PostgreSQL keeps in
 *       one namespace), what makes a snapshot incomplete, and the comparison with the head revision;</li>
 *   <li>{@code write}: the snapshots, and the list of entities an incremental compilation needs.</li>
 * </ol>
 * This package holds what every stage shares: the options, the naming strategies and PostgreSQL's name
 * rules, and the diagnostics: a stage adds {@link dev.optionsdeep.migrate.processor.Problem}s with a
 * stable {@link dev.optionsdeep.migrate.processor.Code} to a
 * {@link dev.optionsdeep.migrate.processor.Report}; only
 * {@link dev.optionsdeep.migrate.processor.Diagnostics} prints.
 *
 * <p>Where to add a construct, and how it is proven, is in this module's README.md.
 */
package dev.optionsdeep.migrate.processor;
