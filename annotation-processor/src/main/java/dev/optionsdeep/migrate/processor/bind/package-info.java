/**
 * Stage 2, bind: the attributes read bound to tables as Hibernate ORM 7.4 binds them. Takes the entities
 * of a compilation; gives each one's table, join tables and sequences
 * ({@link dev.optionsdeep.migrate.processor.bind.MappedEntity}), or the problems that leave it out.
 *
 * <p>{@link dev.optionsdeep.migrate.processor.bind.ModelReader} decides which entities have a table
 * (inheritance) and runs two stages over them, each entity read once:
 * {@link dev.optionsdeep.migrate.processor.bind.EntityReader} drafts the table's own columns and key
 * ({@link dev.optionsdeep.migrate.processor.bind.EntityDraft}), in an order where the keys an entity
 * depends on come first; {@link dev.optionsdeep.migrate.processor.bind.EntityBinder} completes each draft
 * when every key is known. One class per concern:
 * <ul>
 *   <li>basic columns: {@code AttributeMapper} (embeddables too), {@code ColumnMapper}, {@code TypeMapper},
 *       {@code ColumnExtras}, {@code ColumnDefinition}, {@code EnumChecks}, {@code SoftDeletes};</li>
 *   <li>inheritance: {@code ModelReader}, {@code SingleTable}, {@code JoinedKeys};</li>
 *   <li>associations: {@code AssociationMapper}, {@code JoinColumnReader}, {@code DerivedIdentity},
 *       {@code SharedColumns}, {@code ForeignColumns}, {@code ForeignDefinitions};</li>
 *   <li>collections: {@code CollectionTableMapper}, {@code MapKeys};</li>
 *   <li>secondary tables: {@code SecondaryTables};</li>
 *   <li>constraints: {@code ConstraintReader}, {@code CheckReader}, {@code TableExtras};</li>
 *   <li>generators: {@code SequenceReader}, {@code TableGeneratorReader}, {@code GenericGenerators}.</li>
 * </ul>
 */
package dev.optionsdeep.migrate.processor.bind;
