package dev.optionsdeep.migrate.drift;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropPrimaryKey;
import dev.optionsdeep.migrate.change.DropSchema;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between the schema a database should have (its revisions' snapshot) and the one
 * it has, in the user's words: a column added by hand, an index dropped, a type changed, a table
 * missing. Built on {@link SchemaDiff}: each change that would turn the expected schema into the
 * found one is a difference; a drop and an add of the same object are one change of it.
 */
public final class SchemaDrift {

    private SchemaDrift() {
    }

    /** One side of a difference: an object the database lacks (expected) or has in excess (found). */
    private record Side(String object, String name, String description) {
    }

    public static List<Difference> between(Schema expected, Schema found) {
        Map<String, Side> missing = new LinkedHashMap<>();
        Map<String, Side> added = new LinkedHashMap<>();
        List<Difference> out = new ArrayList<>();
        for (Change change : SchemaDiff.between(expected, found)) {
            Side gone = missingSide(change);
            Side extra = addedSide(change);
            if (gone != null) {
                missing.put(gone.object() + " " + gone.name(), gone);
            } else if (extra != null) {
                added.put(extra.object() + " " + extra.name(), extra);
            } else {
                out.add(changed(change));
            }
        }
        missing.forEach((key, gone) -> {
            Side extra = added.remove(key);
            if (extra == null) {
                out.add(new Difference(gone.object(), gone.name(), Difference.Kind.MISSING, gone.description(), null,
                        gone.object() + " " + gone.name() + (gone.object().equals("table") ? " is missing" : " was dropped")
                                + (gone.description().isEmpty() ? "" : ": expected " + gone.description())));
            } else if (!extra.description().equals(gone.description())) {
                out.add(new Difference(gone.object(), gone.name(), Difference.Kind.CHANGED, gone.description(),
                        extra.description(), gone.object() + " " + gone.name() + " changed: expected " + gone.description()
                        + ", found " + extra.description()));
            }
        });
        added.values().forEach(extra -> out.add(new Difference(extra.object(), extra.name(), Difference.Kind.ADDED, null,
                extra.description(), extra.object() + " " + extra.name() + " was added by hand"
                + (extra.description().isEmpty() ? "" : ": " + extra.description()))));
        out.sort(Comparator.comparing(SchemaDrift::tableOf).thenComparing(Difference::name).thenComparing(Difference::object));
        return List.copyOf(out);
    }

    private static Side missingSide(Change change) {
        if (change instanceof DropTable d) {
            return new Side("table", d.table().name(), columns(d.table()));
        } else if (change instanceof DropColumn d) {
            return new Side("column", d.table() + "." + d.column().name(), type(d.column()));
        } else if (change instanceof DropIndex d) {
            return new Side("index", d.index().name() + " on " + d.table(), index(d.index()));
        } else if (change instanceof DropUniqueConstraint d) {
            return new Side("unique constraint", d.constraint().name() + " on " + d.table(), list(d.constraint().columns()));
        } else if (change instanceof DropForeignKey d) {
            return new Side("foreign key", d.foreignKey().name() + " on " + d.table(), d.foreignKey().describe());
        } else if (change instanceof DropCheckConstraint d) {
            return new Side("check constraint", d.check().name() + " on " + d.table(), "check (" + d.check().expression() + ")");
        } else if (change instanceof DropPrimaryKey d) {
            return new Side("primary key", d.primaryKey().name() + " on " + d.table(), list(d.primaryKey().columns()));
        } else if (change instanceof DropSequence d) {
            return new Side("sequence", d.sequence().name(), d.sequence().describe().substring(d.sequence().name().length() + 1));
        } else if (change instanceof DropSchema d) {
            return new Side("schema", d.name(), "");
        }
        return null;
    }

    /** What the database has in excess: the object an add creates, read as the drop that undoes it. */
    private static Side addedSide(Change change) {
        boolean adds = change instanceof CreateTable || change instanceof AddColumn || change instanceof CreateIndex
                || change instanceof AddUniqueConstraint || change instanceof AddForeignKey
                || change instanceof AddCheckConstraint || change instanceof AddPrimaryKey
                || change instanceof CreateSequence || change instanceof CreateSchema;
        return adds ? missingSide(change.inverse()) : null;
    }

    /** A column, sequence or table comment that exists on both sides, changed in place. */
    private static Difference changed(Change change) {
        if (change instanceof AlterColumn a) {
            String name = a.table() + "." + a.from().name();
            boolean typeOnly = a.typeChanged() && new Column(a.from().name(), a.to().type(), a.from().nullable(),
                    a.from().identity(), a.from().defaultValue(), a.from().comment()).equals(a.to());
            return typeOnly
                    ? new Difference("column", name, Difference.Kind.CHANGED, a.from().type(), a.to().type(), "column "
                    + name + " changed type: expected " + a.from().type() + ", found " + a.to().type())
                    : new Difference("column", name, Difference.Kind.CHANGED, type(a.from()), type(a.to()), "column "
                    + name + " changed: expected " + type(a.from()) + ", found " + type(a.to()));
        } else if (change instanceof AlterSequence a) {
            return new Difference("sequence", a.from().name(), Difference.Kind.CHANGED, a.from().describe(),
                    a.to().describe(), "sequence " + a.from().name() + " changed: expected " + a.from().describe()
                    + ", found " + a.to().describe());
        } else if (change instanceof CommentOnTable c) {
            return new Difference("table comment", c.table(), Difference.Kind.CHANGED, c.from(), c.to(),
                    "the comment of table " + c.table() + " changed: expected " + quoted(c.from()) + ", found " + quoted(c.to()));
        }
        return new Difference("schema", "", Difference.Kind.CHANGED, null, null, change.describe());
    }

    /** The table a difference concerns, to list a table's differences together. */
    private static String tableOf(Difference d) {
        String name = d.name();
        int on = name.lastIndexOf(" on ");
        if (on >= 0) {
            return name.substring(on + 4);
        }
        return d.object().equals("column") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static String type(Column c) {
        String text = c.describe().substring(c.name().length() + 1);
        return c.comment() == null ? text : text + " comment " + quoted(c.comment());
    }

    private static String columns(Table t) {
        return "(" + String.join(", ", t.columns().stream().map(Column::describe).toList()) + ")";
    }

    private static String index(Index i) {
        return (i.unique() ? "unique " : "") + list(i.columns());
    }

    private static String list(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String quoted(String text) {
        return text == null ? "none" : "\"" + text + "\"";
    }
}
