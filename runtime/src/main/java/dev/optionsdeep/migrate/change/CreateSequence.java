package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Change {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Change inverse() {
        return new DropSequence(sequence);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(sequence.name()).isPresent()) {
            throw new IllegalStateException("cannot " + describe() + ": the sequence already exists");
        }
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        sequences.add(sequence);
        return schema.withSequences(sequences);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.describe();
    }
}
