package dev.optionsdeep.migrate.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.TypeElement;

/**
 * The entities relationships may reference, as a first reading of every entity of the compilation
 * gave them (their tables without relationships): what a join column needs of its target is the
 * target's primary key, which no relationship changes.
 */
final class Targets {

    private final Map<String, MappedEntity> mapped;
    private final Set<String> compiled;
    private final boolean firstReading;

    /**
     * @param mapped       entity class name → its first reading, for those that could be read; during the
     *                     first reading itself, those read so far (the map fills as it goes)
     * @param compiled     the names of every entity of the compilation, read or not
     * @param firstReading whether these serve the first reading, which maps only the relationships an
     *                     entity's key depends on ({@code @MapsId})
     */
    Targets(Map<String, MappedEntity> mapped, Set<String> compiled, boolean firstReading) {
        this.mapped = mapped;
        this.compiled = Set.copyOf(compiled);
        this.firstReading = firstReading;
    }

    boolean firstReading() {
        return firstReading;
    }

    /** The entity's first reading; empty when it is not compiled here or could not be read (its own errors say why). */
    Optional<MappedEntity> get(TypeElement entity) {
        return Optional.ofNullable(mapped.get(entity.getQualifiedName().toString()));
    }

    boolean compiledHere(TypeElement entity) {
        return compiled.contains(entity.getQualifiedName().toString());
    }
}
