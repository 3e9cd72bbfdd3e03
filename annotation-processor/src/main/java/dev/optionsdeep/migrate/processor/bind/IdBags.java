package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.IdBagMapping;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Hibernate's id bag ({@code @CollectionId} on a {@code List} or {@code Collection} without {@code @OrderColumn}),
 * as Hibernate 7.4 exports it: the join or collection table gets the surrogate key column ({@code id} unless
 * {@code column} names it, not null, of the type {@code @CollectionIdJavaClass} gives, or on Hibernate 6
 * {@code @CollectionIdJavaType} with one of Hibernate's own descriptors) as its whole primary key;
 * {@code generator = "sequence"} adds the sequence {@code <table>_seq} (start 1, increment 50), a generator name a
 * {@code @SequenceGenerator} in scope declares adds that one, {@code "increment"} adds nothing.
 */
final class IdBags {

    private static final Map<String, String> TYPES = Map.of("java.lang.Long", SqlTypes.BIGINT, "long", SqlTypes.BIGINT,
            "java.lang.Integer", SqlTypes.INTEGER, "int", SqlTypes.INTEGER, "java.lang.Short", SqlTypes.SMALLINT,
            "short", SqlTypes.SMALLINT, "java.util.UUID", SqlTypes.UUID);

    private final Elements elements;
    private final Naming naming;
    private final CollectionKinds kinds;
    private final SequenceReader sequences;

    IdBags(Elements elements, Naming naming, CollectionKinds kinds) {
        this.elements = elements;
        this.naming = naming;
        this.kinds = kinds;
        this.sequences = new SequenceReader(elements, naming);
    }

    /** {@code mapped} with the id bag's key column and sequence when it has {@code @CollectionId}; null after reporting. */
    AssociationMapper.JoinTable apply(AssociationMapper.JoinTable mapped, JoinColumnReader.Context context) {
        Association a = context.association();
        Optional<IdBagMapping.CollectionId> found = IdBagMapping.of(a.attribute().element(), elements).collectionId();
        if (mapped == null || found.isEmpty()) {
            return mapped;
        }
        IdBagMapping.CollectionId id = found.get();
        Element element = a.attribute().element();
        if (kinds.of(a, context.where(), context.report()) != CollectionKind.BAG) {
            return refuse(context, id, "@CollectionId on " + context.where() + " is supported by Migrate on a List or a"
                    + " Collection without @OrderColumn (a bag) only, as Hibernate maps it there. Declare such a List");
        }
        String type = TYPES.get(id.idType());
        if (type == null || !id.otherType().isEmpty() || !id.generatorClass().isEmpty()) {
            return refuse(context, id, "@CollectionId on " + context.where() + " is mapped by Migrate with"
                    + " @CollectionIdJavaClass(idType = Long.class, Integer.class, Short.class or UUID.class), or"
                    + " Hibernate 6's @CollectionIdJavaType(LongJavaType.class, IntegerJavaType.class or ShortJavaType.class),"
                    + " and a generator named in @CollectionId(generator); " + (type == null && id.otherType().isEmpty()
                    ? "without @CollectionIdJavaClass Hibernate 7.4 cannot tell the id's type and refuses to start"
                    : "the id's type or generator here is not followed yet") + ". Write it so");
        }
        PhysicalNames.Resolved column = naming.declared(id.column().isEmpty() ? "id" : id.column());
        Table table = mapped.table();
        if (!column.ok() || table.column(column.name()).isPresent()) {
            context.report().error(Code.INVALID_NAME, "The id column \"" + (id.column().isEmpty() ? "id" : id.column())
                    + "\" of the id bag " + context.where() + " cannot be used: " + (column.ok() ? "table " + table.name()
                    + " already has a column of that name" : column.problem()), element, id.columnAt());
            return null;
        }
        Optional<Sequence> sequence = sequence(id, table, context);
        if (sequence == null) {
            return null;
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(new Column(column.name(), type, false, false));
        Table keyed = new Table(table.name(), columns, new PrimaryKey(PhysicalNames.primaryKeyName(table.localName()),
                List.of(column.name())), table.uniqueConstraints(), table.indexes(), table.foreignKeys(), table.checks(),
                table.comment());
        return new AssociationMapper.JoinTable(keyed, mapped.attribute(), sequence.stream().toList());
    }

    /** The sequence the generator draws from, empty for {@code increment}; null after reporting. */
    private Optional<Sequence> sequence(IdBagMapping.CollectionId id, Table table, JoinColumnReader.Context context) {
        Element element = context.association().attribute().element();
        if (id.generator().equals("increment")) {
            return Optional.empty();
        }
        if (id.generator().equals("sequence") && table.schemaName() == null) {
            return Optional.of(new Sequence(PhysicalNames.truncate(table.name() + "_seq"), 1,
                    SequenceReader.DEFAULT_INCREMENT));
        }
        Optional<Sequence> declared = id.generator().isEmpty() ? Optional.empty()
                : sequences.declared(element, context.owner().entity(), id.generator(), context.report());
        if (declared == null || declared.isPresent()) {
            return declared;
        }
        context.report().error(Code.UNSUPPORTED_GENERATION, "@CollectionId(generator = \"" + id.generator() + "\") on "
                + context.where() + " is not followed yet by Migrate: it maps \"increment\", \"sequence\" (on a table in"
                + " the default schema) and the name of a @SequenceGenerator in scope", element, id.mirror(),
                id.generatorValue());
        return null;
    }

    private static AssociationMapper.JoinTable refuse(JoinColumnReader.Context context, IdBagMapping.CollectionId id,
                                                      String message) {
        context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, message, context.association().attribute().element(),
                id.mirror());
        return null;
    }
}
