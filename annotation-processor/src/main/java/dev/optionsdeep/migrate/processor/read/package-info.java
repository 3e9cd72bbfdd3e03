/**
 * Stage 1, read: JPA as the source says it, nothing about tables yet. Takes the compiler's elements;
 * gives typed values: the persistent {@link dev.optionsdeep.migrate.processor.read.Attribute}s of a
 * class in declaration order with their resolved types and access type
 * ({@link dev.optionsdeep.migrate.processor.read.AttributeCollector}), its relationships
 * ({@link dev.optionsdeep.migrate.processor.read.Association}), annotation values by name with their
 * defaults ({@link dev.optionsdeep.migrate.processor.read.Attributes},
 * {@link dev.optionsdeep.migrate.processor.read.JpaAnnotations}), {@code @AttributeOverride}s,
 * converters, Bean Validation constraints, what the user excludes, each entity's {@code @Database}, which
 * entities an entity's key depends on ({@link dev.optionsdeep.migrate.processor.read.KeyDependencies}), and
 * which annotations change the schema at all ({@link dev.optionsdeep.migrate.processor.read.AnnotationCatalog}). Annotations are
 * found by name, never by class literal, so jakarta and javax persistence both work. Nothing here uses the
 * later stages.
 */
package dev.optionsdeep.migrate.processor.read;
