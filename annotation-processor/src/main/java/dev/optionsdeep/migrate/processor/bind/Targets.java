package dev.optionsdeep.migrate.processor.bind;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.TypeElement;

/**
 * The entities relationships may reference, as the first stage of reading every entity of the
 * compilation gave them (their tables without relationships): what a join column needs of its target
 * is the target's primary key, which no relationship but a {@code @MapsId} one changes, and those
 * are read with the key.
 */
final class Targets {

    private final Map<String, MappedEntity> mapped;
    private final Set<String> compiled;

    /**
     * @param mapped   entity class name → its key reading, for those that could be read; during the
     *                 first stage itself, those read so far (the map fills as it goes)
     * @param compiled the names of every entity of the compilation, read or not
     */
    Targets(Map<String, MappedEntity> mapped, Set<String> compiled) {
        this.mapped = mapped;
        this.compiled = Set.copyOf(compiled);
    }

    /** The entity's key reading; empty when it is not compiled here or could not be read (its own errors say why). */
    Optional<MappedEntity> get(TypeElement entity) {
        return Optional.ofNullable(mapped.get(entity.getQualifiedName().toString()));
    }

    boolean compiledHere(TypeElement entity) {
        return compiled.contains(entity.getQualifiedName().toString());
    }
}
