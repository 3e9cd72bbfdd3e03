/**
 * Stage 2, bind: the attributes read bound to tables as Hibernate ORM 7.4 binds them. Takes the entities
 * of a compilation; gives each one's table, join tables and sequences
 * ({@link dev.optionsdeep.migrate.processor.bind.MappedEntity}), or the problems that leave it out. Bind asks
 * the read stage ({@code read.Mapping} and its records) for what the annotations say and never looks an
 * annotation up on the compiler's elements itself ({@code SourceShapeTest} checks it); it keeps an
 * annotation's mirror only to point a problem at it.
 *
 * <p>{@link dev.optionsdeep.migrate.processor.bind.ModelBinder} decides which entities have a table
 * (inheritance) and runs two steps over them, each entity read once:
 * {@link dev.optionsdeep.migrate.processor.bind.EntityDrafter} drafts the table's own columns and key
 * ({@link dev.optionsdeep.migrate.processor.bind.EntityDraft}), in an order where the keys an entity
 * depends on come first; {@link dev.optionsdeep.migrate.processor.bind.EntityBinder} completes each draft
 * when every key is known. One class per concern:
 * <ul>
 *   <li>basic columns: {@code AttributeMapper} (embeddables too), {@code ColumnMapper}, {@code TypeMapper},
 *       {@code ColumnNullability}, {@code ColumnExtras}, {@code ColumnDefinition}, {@code EnumChecks},
 *       {@code SoftDeletes};</li>
 *   <li>inheritance: {@code ModelBinder}, {@code OwnColumns}, {@code SingleTable}, {@code JoinedKeys};</li>
 *   <li>associations: {@code AssociationMapper} (dispatch by kind), {@code ToOneMapper},
 *       {@code OneToManyJoinColumn}, {@code JoinTableMapper}, {@code InverseSide}, {@code AssociationTargets},
 *       {@code RelationshipAnnotations}, {@code JoinColumnReader}, {@code JoinAnnotations},
 *       {@code DerivedIdentity}, {@code SharedColumns}, {@code ForeignColumns}, {@code ForeignDefinitions};</li>
 *   <li>collections: {@code CollectionKinds}, {@code CollectionTableMapper}, {@code OrderColumns},
 *       {@code MapKeys};</li>
 *   <li>secondary tables: {@code SecondaryTables};</li>
 *   <li>constraints: {@code ConstraintReader}, {@code CheckReader}, {@code TableExtras};</li>
 *   <li>generators: {@code IdentityColumns}, {@code SequenceReader}, {@code TableGeneratorReader},
 *       {@code GenericGenerators};</li>
 *   <li>rename hints: {@code RenameReader}.</li>
 * </ul>
 */
package dev.optionsdeep.migrate.processor.bind;
