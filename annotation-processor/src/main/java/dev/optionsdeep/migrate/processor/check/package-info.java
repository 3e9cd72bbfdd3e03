/**
 * Stage 3, check: what no single entity can tell. Takes the bound entities of every database; gives the
 * schemas and the problems of the whole model: tables and constraint names that clash within a database
 * ({@link dev.optionsdeep.migrate.processor.check.SchemaCollector}, which also merges a join table named
 * like an entity's table as Hibernate does), what makes a snapshot incomplete
 * ({@link dev.optionsdeep.migrate.processor.check.IncompleteModel}), exclusions, and, with
 * {@code -Amigrate.check}, the model compared with the head revision
 * ({@link dev.optionsdeep.migrate.processor.check.DriftCheck},
 * {@link dev.optionsdeep.migrate.processor.check.HeadCheck}).
 */
package dev.optionsdeep.migrate.processor.check;
