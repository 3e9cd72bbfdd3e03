/**
 * Stage 1, read: JPA as the source says it, nothing about tables yet. Takes the compiler's elements;
 * gives typed values, so that the later stages never look an annotation up themselves:
 * <ul>
 *   <li>the persistent {@link dev.optionsdeep.migrate.processor.read.Attribute}s of a class in declaration
 *       order with their resolved types and access type
 *       ({@link dev.optionsdeep.migrate.processor.read.AttributeCollector}), and its relationships
 *       ({@link dev.optionsdeep.migrate.processor.read.Association});</li>
 *   <li>what an element's mapping annotations say, read once per element:
 *       {@link dev.optionsdeep.migrate.processor.read.Mapping} (start here), whose accessors are split by
 *       concern: {@code EntityAnnotations} for a class, {@code AssociationAnnotations} for a relationship or a
 *       collection, {@code Mapping} for a column; they give records
 *       ({@link dev.optionsdeep.migrate.processor.read.MappingValues},
 *       {@link dev.optionsdeep.migrate.processor.read.ConstraintValues}) or, for the table annotations,
 *       {@link dev.optionsdeep.migrate.processor.read.Attributes} (values by name with their defaults);</li>
 *   <li>a column annotation's values wherever it was written
 *       ({@link dev.optionsdeep.migrate.processor.read.ColumnAnnotations}), Migrate's {@code @RenamedFrom}
 *       ({@link dev.optionsdeep.migrate.processor.read.RenameAnnotations});</li>
 *   <li>{@code @AttributeOverride}s, converters, Bean Validation constraints, what the user excludes, each
 *       entity's {@code @Database}, which entities an entity's key depends on
 *       ({@link dev.optionsdeep.migrate.processor.read.KeyDependencies}), and which annotations change the
 *       schema at all ({@link dev.optionsdeep.migrate.processor.read.AnnotationCatalog}).</li>
 * </ul>
 * Annotations are found by name, never by class literal ({@link dev.optionsdeep.migrate.processor.read.JpaAnnotations}),
 * so jakarta and javax persistence both work. Nothing here uses the later stages.
 */
package dev.optionsdeep.migrate.processor.read;
