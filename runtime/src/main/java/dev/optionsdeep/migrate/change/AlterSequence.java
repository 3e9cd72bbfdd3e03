package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a sequence's increment or start in place, keeping its current position: a new start is
 * the value a later {@code ALTER SEQUENCE … RESTART} (without a value) goes back to, not the next
 * value handed out. Moving the position of a sequence whose values are already used as keys could
 * hand out a key twice, so that is left to a hand-written step. The one exception is an increment of
 * the other sign: PostgreSQL's default range flips with it and the current position falls outside,
 * so the sequence restarts at its start, and the step is marked as losing data (the position).
 */
public record AlterSequence(Sequence from, Sequence to) implements Change {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alter sequence cannot rename " + from.name() + " to " + to.name());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("alter sequence " + from.name() + " changes nothing");
        }
    }

    @Override
    public Change inverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (!schema.sequence(from.name()).map(from::equals).orElse(false)) {
            throw new IllegalStateException("cannot " + describe() + ": the sequence is not " + from.describe());
        }
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        sequences.replaceAll(q -> q.name().equals(from.name()) ? to : q);
        return schema.withSequences(sequences);
    }

    /** Ascending becomes descending or the other way round. */
    public boolean reversesDirection() {
        return Long.signum(from.increment()) != Long.signum(to.increment());
    }

    @Override
    public String describe() {
        return "alter sequence " + from.name() + " from" + from.describe().substring(from.name().length())
                + " to" + to.describe().substring(to.name().length());
    }
}
