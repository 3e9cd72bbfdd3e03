/**
 * Stage 4, write: the snapshot of each database and its {@code @RenamedFrom} hints through the
 * {@link javax.annotation.processing.Filer}, once, when processing is over
 * ({@link dev.optionsdeep.migrate.processor.write.SnapshotWriter}); and the list of entity classes read,
 * which lets an incremental compilation read the unchanged ones from their class files
 * ({@link dev.optionsdeep.migrate.processor.write.EntityIndex}).
 */
package dev.optionsdeep.migrate.processor.write;
