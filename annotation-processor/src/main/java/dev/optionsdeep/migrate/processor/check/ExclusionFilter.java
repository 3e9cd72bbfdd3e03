package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.ProcessorOptions;
import dev.optionsdeep.migrate.processor.bind.ModelBinder;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.Attributes;
import dev.optionsdeep.migrate.processor.read.Exclusions;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Applies the {@link Exclusions} to what {@link ModelBinder} read: the results the user manages by hand
 * are dropped before anything of them is collected or printed. Remembers the tables it saw, to tell a
 * name in {@code -Amigrate.exclude} that matches nothing.
 */
public final class ExclusionFilter {

    private final Exclusions exclusions;
    private final Elements elements;
    /** The table names of every entity read, excluded or not. */
    private final Set<String> tableNames = new HashSet<>();

    public ExclusionFilter(Exclusions exclusions, Elements elements) {
        this.exclusions = exclusions;
        this.elements = elements;
    }

    /**
     * Whether the user manages this result's table by hand: its entity is excluded (by {@code @Unmanaged} or
     * by name), or its table is, by name. A table whose entity could not be read is matched by its
     * {@code @Table(name)}.
     */
    public boolean excludes(ModelBinder.Result result) {
        if (result.mapped() != null) {
            tableNames.add(result.mapped().table().name());
        }
        if (exclusions.excludes(result.entity())) {
            return true;
        }
        if (result.mapped() != null) {
            return exclusions.excludesTable(result.mapped().table().name());
        }
        return JpaAnnotations.find(result.entity(), JpaAnnotations.TABLE)
                .map(m -> new Attributes(m, elements).explicitValue("name"))
                .map(v -> {
                    tableNames.add(String.valueOf(v.getValue()));
                    return exclusions.excludesTable(String.valueOf(v.getValue()));
                })
                .orElse(false);
    }

    /**
     * A name in {@code -Amigrate.exclude} that matches nothing is most likely a typo, which would leave
     * the problem it was meant to silence reported: say so.
     */
    public Optional<String> unused() {
        List<String> unused = new ArrayList<>();
        for (String name : exclusions.classes()) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null || JpaAnnotations.find(type, JpaAnnotations.ENTITY).isEmpty()) {
                unused.add(name + " (no @Entity class of that name)");
            }
        }
        for (String name : exclusions.attributes()) {
            TypeElement type = elements.getTypeElement(name.substring(0, name.indexOf('#')));
            String attribute = name.substring(name.indexOf('#') + 1);
            boolean found = type != null && type.getEnclosedElements().stream().anyMatch(e ->
                    e.getKind() == javax.lang.model.element.ElementKind.FIELD && e.getSimpleName().contentEquals(attribute)
                    || e instanceof javax.lang.model.element.ExecutableElement m
                    && attribute.equals(AttributeCollector.propertyName(m)));
            if (!found) {
                unused.add(name + " (no such class, or no field or getter " + attribute + " declared in it)");
            }
        }
        for (String name : exclusions.tables()) {
            if (tableNames.stream().noneMatch(t -> t.equals(name) || t.endsWith("." + name))) {
                unused.add(name + " (no entity maps to a table of that name)");
            }
        }
        if (unused.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("-A" + ProcessorOptions.EXCLUDE + " names what this compilation has not: "
                + String.join(", ", unused) + ". Correct the name: an entity by its qualified class name"
                + " (com.acme.Legacy), an attribute as class#attribute with the class that declares it"
                + " (com.acme.Order#notes), a table by its name (audit_log)");
    }
}
