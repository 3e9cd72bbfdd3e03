package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops a sequence; carries its definition so that the inverse re-creates it (its position is lost). */
public record DropSequence(Sequence sequence) implements Change {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Change inverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public Schema applyTo(Schema schema) {
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        if (!sequences.removeIf(q -> q.name().equals(sequence.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the sequence does not exist");
        }
        return schema.withSequences(sequences);
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence.describe();
    }
}
