package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.plugin.codegen.support.SampleRevisions;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import dev.optionsdeep.migrate.schema.Verbatim;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Steps are laid out without JavaPoet, for speed; the text must stay what JavaPoet wrote, so that
 * revisions read as they always have. Each step here goes both ways: through JavaPoet's
 * {@code addStatement} with its {@code $W} and {@code $Z}, and through {@link StatementLayout}.
 */
class StatementLayoutTest {

    @Test
    void everyStepIsLaidOutAsJavaPoetLaysItOut() {
        StepRenderer renderer = new StepRenderer();
        List<Change> changes = Stream.concat(SampleRevisions.all().stream()
                        .flatMap(spec -> Stream.concat(spec.upgrade().stream(), spec.downgrade().stream())),
                awkwardSteps().stream()).toList();
        for (Change change : changes) {
            StepCode code = renderer.step(change);
            assertEquals(byJavaPoet(code), byLayout(code), change.describe());
        }
    }

    /** Long names near the column limit, line breaks and separators inside literals, text blocks. */
    private static List<Change> awkwardSteps() {
        List<Change> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String t = (i % 2 == 0 ? "a_really_long_table_name_that_goes_on" : "sales.orders") + i;
            String wide = name("with_default_and_comment_column_" + i);
            String y = name("x" + "y".repeat(i * 3));
            String added = name("added_" + "z".repeat(i * 2));
            List<Column> columns = List.of(new Column("id", "bigint", false, true),
                    new Column(wide, "character varying(255)", false, false, "'multi\nline default'",
                            "A comment with a line\nbreak, a \u2028 separator and a \t tab " + i),
                    Column.of(y, "numeric(19, 2)"),
                    new Column("v", "text", true, false).withVerbatim(new Verbatim(
                            "text COLLATE \"C\" NOT NULL DEFAULT '" + "z".repeat(i * 2) + "'", "columnDefinition")));
            steps.add(new CreateTable(new Table(t, columns, new PrimaryKey(name(t + "_pkey_with_a_long_name"),
                    List.of("id")), List.of(new UniqueConstraint(name("uk_" + t + "_ab"), List.of("id", wide))),
                    List.of(), List.of(), List.of(new CheckConstraint(name("ck_" + t),
                            wide + " <> 'some very long expression text here' AND id > " + i)),
                    i % 3 == 0 ? "table comment\nwith break" : null)));
            steps.add(new CreateIndex(t, new Index(name("ix_" + t + "_" + "q".repeat(i)), List.of("id", "v", y), i % 2 == 0)));
            steps.add(new AddForeignKey(t, new ForeignKey(name("fk_" + t + "_parent_reference"), List.of("id", "v"),
                    "parent" + i, List.of("id", "v"), i % 2 == 0 ? "CASCADE" : null)));
            steps.add(new AddColumn(t, Column.of(added, "integer")));
            steps.add(new AddCheckConstraint(t, new CheckConstraint(name("ck2_" + t + "z".repeat(i)), added + " > 0")));
            Sequence sequence = new Sequence(name("seq_" + t.replace('.', '_') + "_" + "s".repeat(i)), 1_000_000L * i, 50);
            steps.add(new CreateSequence(sequence));
            steps.add(new AlterSequence(sequence, new Sequence(sequence.name(), 7, 1)));
            steps.add(new CommentOnTable(t, null, "new comment " + "w".repeat(i * 2)));
            steps.add(new RenameColumn(t, y, name("renamed_" + "r".repeat(i * 2))));
            steps.add(new ExecuteSql("UPDATE " + t + "\n   SET v = 'x'\n  WHERE id > " + i + "  \n"));
            steps.add(new ExecuteSql("UPDATE " + t + " SET v = '" + "e".repeat(i * 4) + "'", i % 2 == 0));
            steps.add(new ExecuteSql("  indented\n  lines \"\"\" quote\"", true));
        }
        return steps;
    }

    private static String name(String name) {
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static String byJavaPoet(StepCode code) {
        CodeBlock.Builder block = CodeBlock.builder();
        for (Object piece : code.pieces()) {
            if (piece instanceof String text) {
                block.add("$L", text);
            } else {
                block.add(piece == StepCode.Break.SPACE ? "$W" : "$Z");
            }
        }
        return inClass(MethodSpec.methodBuilder("upgrade").addStatement(block.build()).build());
    }

    private static String byLayout(StepCode code) {
        return inClass(MethodSpec.methodBuilder("upgrade").addCode("$L\n", "steps").build())
                .replace("        steps\n", StatementLayout.of(code));
    }

    private static String inClass(MethodSpec method) {
        return com.palantir.javapoet.JavaFile.builder("p", TypeSpec.classBuilder("C").addMethod(method).build())
                .indent("    ").build().toString();
    }
}
