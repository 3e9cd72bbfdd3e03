package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The columns a model keeps verbatim ({@link Column#verbatim()}), read back as the model has them when
 * the database's column is what the definition makes, so that a live database compares equal to the
 * model. Migrate cannot tell what arbitrary SQL makes, so it trusts the text:
 * <ul>
 *   <li>compared: that the column exists, its type when the definition's type is canonical (Migrate
 *       spells it as {@code format_type} does), and its comment (Migrate writes that itself);</li>
 *   <li>not compared: a type Migrate does not know, nullability, the default, identity or generation,
 *       the collation;</li>
 *   <li>left out of the reading: the constraints PostgreSQL makes for what the text says inline
 *       ({@code <table>_<column>_key} for {@code UNIQUE}, {@code _check}, {@code _fkey} for
 *       {@code REFERENCES}), unless the model has a constraint of that name itself; a serial's own
 *       sequence (see {@link ColumnReader}).</li>
 * </ul>
 */
final class VerbatimColumns {

    private VerbatimColumns() {
    }

    /** {@code table.column} of every verbatim column in the model. */
    static Set<String> of(Schema model) {
        Set<String> out = new TreeSet<>();
        model.tables().forEach(t -> t.columns().stream().filter(c -> c.verbatim() != null)
                .forEach(c -> out.add(t.name() + "." + c.name())));
        return out;
    }

    static Schema adopt(Schema read, Schema model) {
        Schema out = read;
        for (Table table : read.tables()) {
            Table declared = model.table(table.name()).orElse(null);
            if (declared != null && declared.columns().stream().anyMatch(c -> c.verbatim() != null)) {
                out = out.with(adopt(table, declared));
            }
        }
        return out;
    }

    private static Table adopt(Table read, Table declared) {
        List<Column> columns = new ArrayList<>();
        List<String> verbatim = new ArrayList<>();
        for (Column c : read.columns()) {
            Column model = declared.column(c.name()).filter(m -> m.verbatim() != null).orElse(null);
            if (model != null) {
                verbatim.add(c.name());
            }
            columns.add(model != null && sameType(c, model) ? model.withComment(c.comment()) : c);
        }
        return read.withColumns(columns)
                .withUniqueConstraints(inline(read.uniqueConstraints(), declared.uniqueConstraints(), verbatim, "key",
                        UniqueConstraint::name, read))
                .withChecks(inline(read.checks(), declared.checks(), verbatim, "check", CheckConstraint::name, read))
                .withForeignKeys(inline(read.foreignKeys(), declared.foreignKeys(), verbatim, "fkey", ForeignKey::name,
                        read));
    }

    /** The type is compared only when the definition's is one Migrate spells canonically. */
    private static boolean sameType(Column read, Column model) {
        boolean canonical = SqlTypes.canonical(model.type()).map(model.type()::equals).orElse(false);
        return !canonical || read.type().equals(model.type());
    }

    /** The constraints read, without those PostgreSQL named for a verbatim column's inline clause. */
    private static <T> List<T> inline(List<T> read, List<T> declared, List<String> verbatim, String suffix,
                                      Function<T, String> name, Table table) {
        Set<String> inline = new TreeSet<>();
        verbatim.forEach(c -> inline.add(table.localName() + "_" + c + "_" + suffix));
        declared.forEach(d -> inline.remove(name.apply(d)));
        return read.stream().filter(r -> !inline.contains(name.apply(r))).toList();
    }
}
