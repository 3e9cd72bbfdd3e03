package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The round trip proves only what its pairs contain: this checks that the generator's pairs make the
 * diff produce every kind of change the round trip is meant to cover, so that a generator which stops
 * making one of them fails here rather than passing in silence.
 */
class RandomSchemasTest {

    @Test
    void thePairsCoverEveryKindOfChange() {
        List<Class<? extends Change>> expected = List.of(AddForeignKey.class, DropForeignKey.class,
                AddCheckConstraint.class, AddPrimaryKey.class, AlterColumn.class, AlterSequence.class,
                CommentOnTable.class, CreateSchema.class, RenameTable.class, RenameColumn.class);
        Set<Class<?>> seen = new HashSet<>();
        Set<String> alterations = new HashSet<>();
        for (int pair = 0; pair < 400; pair++) {
            RandomSchemas generator = new RandomSchemas(new SplittableRandom(pair));
            Schema a = generator.schema();
            Schema b = generator.edit(a);
            for (Change c : Autogenerate.withRenames(a, b, generator.hints())) {
                seen.add(c.getClass());
                if (c instanceof AlterColumn alter) {
                    if (!alter.from().type().equals(alter.to().type())) {
                        alterations.add("type");
                    }
                    if (alter.from().nullable() != alter.to().nullable()) {
                        alterations.add("nullability");
                    }
                    if (alter.from().identity() != alter.to().identity()) {
                        alterations.add("identity");
                    }
                    if (!java.util.Objects.equals(alter.from().defaultValue(), alter.to().defaultValue())) {
                        alterations.add("default");
                    }
                    if (!java.util.Objects.equals(alter.from().comment(), alter.to().comment())) {
                        alterations.add("comment");
                    }
                }
            }
        }
        assertEquals(List.of(), expected.stream().filter(k -> !seen.contains(k)).map(Class::getSimpleName).toList(),
                "kinds of change no pair produced");
        assertEquals(Set.of("type", "nullability", "identity", "default", "comment"), alterations,
                "what the pairs' column alterations change");
    }
}
