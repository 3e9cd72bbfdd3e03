package dev.optionsdeep.migrate.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads all the entities of a compilation, hierarchy by hierarchy: whether an entity has a table of
 * its own depends on the entities that extend it, so this needs them all at once.
 *
 * <p>An entity that neither extends nor is extended by another maps to its own table whatever its
 * {@code @Inheritance}. In a hierarchy, {@code TABLE_PER_CLASS} gives every concrete entity a table
 * with all the columns it inherits; {@code JOINED} gives every entity a table of its own attributes,
 * keyed by and referencing its parent's; {@code SINGLE_TABLE} (the default) gives the root one table
 * for all of them (see {@link SingleTable}).
 */
final class ModelReader {

    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /**
     * What reading one entity gave.
     *
     * @param mapped   its table, or null
     * @param complete false when the entity has no table because it could not be read (the report
     *                 says why, or the root of its hierarchy does); true for a table, and for an
     *                 abstract {@code TABLE_PER_CLASS} entity, which has none in Hibernate either
     */
    record Result(TypeElement entity, MappedEntity mapped, Report report, boolean complete) {
    }

    private final EntityReader reader;
    private final Elements elements;

    ModelReader(EntityReader reader, Elements elements) {
        this.reader = reader;
        this.elements = elements;
    }

    /**
     * Whether a type the entity depends on is unknown: javac reports it, and reading now would add a
     * wrong "unsupported type" to that error.
     */
    static boolean hasUnresolvedTypes(TypeElement entity) {
        for (TypeElement t = entity; t != null; t = AttributeCollector.superclass(t)) {
            if (t.getSuperclass().getKind() == TypeKind.ERROR) {
                return true;
            }
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (f.asType().getKind() == TypeKind.ERROR) {
                    return true;
                }
            }
            for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
                if (m.getReturnType().getKind() == TypeKind.ERROR) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One result per entity, in the order given, then one per join table. Entities are read twice: first
     * without their relationships, which gives every entity's key; then with them, as join columns take
     * their type from the key they reference.
     */
    List<Result> read(List<TypeElement> entities) {
        Set<String> names = entities.stream().map(e -> e.getQualifiedName().toString()).collect(Collectors.toSet());
        Map<String, MappedEntity> first = new java.util.HashMap<>();
        read(entities, new Targets(first, names, true), first);
        Targets targets = new Targets(Map.copyOf(first), names, false);
        List<Result> results = ForeignColumns.merge(read(entities, targets, new java.util.HashMap<>()));
        List<Result> out = new ArrayList<>(results);
        for (Result r : results) {
            if (r.mapped() != null) {
                r.mapped().joinTables().forEach(j -> out.add(new Result(r.entity(), j, new Report(), true)));
            }
        }
        return out;
    }

    /** @param readings where each entity's reading goes as soon as it is made, for the entities read after it */
    private List<Result> read(List<TypeElement> entities, Targets targets, Map<String, MappedEntity> readings) {
        Set<TypeElement> known = Set.copyOf(entities);
        Map<TypeElement, List<TypeElement>> subclasses = new LinkedHashMap<>();
        for (TypeElement e : entities) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(e);
            if (!ancestors.isEmpty()) {
                subclasses.computeIfAbsent(ancestors.get(0), r -> new ArrayList<>()).add(e);
            }
        }
        Map<TypeElement, Result> results = new java.util.HashMap<>();
        for (TypeElement entity : keyOrder(entities)) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(entity);
            TypeElement root = ancestors.isEmpty() ? entity : ancestors.get(0);
            Result parent = ancestors.isEmpty() ? null : results.get(ancestors.get(ancestors.size() - 1));
            Result result;
            try {
                result = read(entity, root, subclasses.getOrDefault(root, List.of()), known.contains(root),
                        targets, parent);
            } catch (RuntimeException e) {
                // A bug of ours while reading one entity costs that entity, not the others' snapshot.
                Report crash = new Report();
                crash.error(Code.INTERNAL_ERROR, Diagnostics.crashText(e, "@Entity " + entity.getSimpleName()
                        + " is left out of the snapshot, which is marked incomplete"), entity);
                result = new Result(entity, null, crash, false);
            }
            results.put(entity, result);
            if (result.mapped() != null) {
                readings.put(entity.getQualifiedName().toString(), result.mapped());
            } else if (!root.equals(entity) && strategy(root) == Strategy.SINGLE_TABLE && results.get(root) != null
                    && results.get(root).mapped() != null) {
                // A relationship to a SINGLE_TABLE subclass references the root's table (checked with 7.4).
                readings.put(entity.getQualifiedName().toString(), results.get(root).mapped());
            }
        }
        return entities.stream().map(results::get).toList();
    }

    /**
     * The entities in an order where each comes after those its key depends on: the entity a JOINED
     * subclass extends, and the target of a {@code @MapsId} relationship. Entities in a cycle of such
     * dependencies come last, in the order given (their reading reports the cycle).
     */
    private static List<TypeElement> keyOrder(List<TypeElement> entities) {
        List<TypeElement> pending = new ArrayList<>(entities);
        pending.sort(Comparator.comparingInt(e -> AttributeCollector.entityAncestors(e).size()));
        List<TypeElement> ordered = new ArrayList<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (TypeElement e : List.copyOf(pending)) {
                List<TypeElement> dependencies = new ArrayList<>(AttributeCollector.entityAncestors(e));
                dependencies.addAll(mapsIdTargets(e));
                if (dependencies.stream().allMatch(d -> ordered.contains(d) || !pending.contains(d) || d.equals(e))) {
                    ordered.add(e);
                    pending.remove(e);
                    progress = true;
                }
            }
        }
        ordered.addAll(pending);
        return ordered;
    }

    /** The entities the {@code @MapsId} / {@code @Id} relationships of an entity's own attributes reference. */
    private static List<TypeElement> mapsIdTargets(TypeElement entity) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement type : AttributeCollector.ownChain(entity)) {
            for (javax.lang.model.element.Element member : type.getEnclosedElements()) {
                if (!DerivedIdentity.derivesKey(member) || !JpaAnnotations.has(member, "ManyToOne")
                        && !JpaAnnotations.has(member, "OneToOne")) {
                    continue;
                }
                javax.lang.model.type.TypeMirror t = member instanceof ExecutableElement m ? m.getReturnType()
                        : member.asType();
                if (t.getKind() == TypeKind.DECLARED) {
                    out.add((TypeElement) ((javax.lang.model.type.DeclaredType) t).asElement());
                }
            }
        }
        return out;
    }

    private Result read(TypeElement entity, TypeElement root, List<TypeElement> subclasses, boolean rootKnown,
                        Targets targets, Result parent) {
        Report report = new Report();
        AnnotationMirror entityAnnotation = JpaAnnotations.find(entity, JpaAnnotations.ENTITY).orElseThrow();
        Strategy strategy = strategy(root);
        if (strategy == Strategy.SINGLE_TABLE && rootKnown
                && (!subclasses.isEmpty() || JpaAnnotations.has(root, JpaAnnotations.DISCRIMINATOR_COLUMN))) {
            if (!entity.equals(root)) {
                warnIgnoredInheritance(entity, root, strategy, report);
                return new Result(entity, null, report, true); // its rows live in the root's table
            }
            Optional<MappedEntity> mapped = reader.read(entity, entityAnnotation, false, targets, null,
                    new SingleTable.Hierarchy(root, subclasses), report);
            return new Result(entity, mapped.orElse(null), report, mapped.isPresent());
        }
        if (entity.equals(root) && subclasses.isEmpty()) {
            Optional<AnnotationMirror> discriminator = JpaAnnotations.find(entity, JpaAnnotations.DISCRIMINATOR_COLUMN);
            if (discriminator.isPresent() && strategy == Strategy.JOINED) {
                report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorColumn on @Entity " + entity.getSimpleName()
                        + " makes Hibernate add a discriminator column with a check constraint on its values, which"
                        + " Migrate cannot create yet. Remove it: an entity no other entity extends needs none",
                        entity, discriminator.get());
                return new Result(entity, null, report, false);
            }
            // Hibernate persists a root without subclasses as a single table whatever the strategy, so an
            // identity id is fine even with TABLE_PER_CLASS (checked with 7.4).
            return mapped(entity, entityAnnotation, false, targets, null, report);
        }
        if (!entity.equals(root)) {
            warnIgnoredInheritance(entity, root, strategy, report);
        }
        if (strategy == Strategy.TABLE_PER_CLASS) {
            if (entity.getModifiers().contains(Modifier.ABSTRACT)) {
                return new Result(entity, null, report, true); // Hibernate creates no table for it either
            }
            return mapped(entity, entityAnnotation, true, targets, null, report);
        }
        if (strategy == Strategy.JOINED) {
            return joined(entity, root, entityAnnotation, targets, parent, report);
        }
        if (entity.equals(root) || !rootKnown) {
            reportUnsupported(root, subclasses, entity, report);
        }
        return new Result(entity, null, report, false);
    }

    /**
     * JOINED: the root maps as any entity; each subclass has a table of its own attributes, keyed by
     * its parent's key columns (renamed by {@code @PrimaryKeyJoinColumn}) with a foreign key to the
     * parent's table, abstract or not (checked with Hibernate 7.4).
     */
    private Result joined(TypeElement entity, TypeElement root, AnnotationMirror entityAnnotation, Targets targets,
                          Result parent, Report report) {
        Optional<AnnotationMirror> discriminator = JpaAnnotations.find(root, JpaAnnotations.DISCRIMINATOR_COLUMN);
        if (discriminator.isPresent()) {
            if (entity.equals(root)) {
                report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorColumn on @Entity " + root.getSimpleName()
                        + " makes Hibernate add a discriminator column to its JOINED hierarchy, which Migrate does not"
                        + " map yet. Remove it: JOINED inheritance needs none", root, discriminator.get());
            }
            return new Result(entity, null, report, false);
        }
        if (entity.equals(root)) {
            return mapped(entity, entityAnnotation, false, targets, null, report);
        }
        if (parent == null) {
            TypeElement parentType = AttributeCollector.entityAncestors(entity).get(
                    AttributeCollector.entityAncestors(entity).size() - 1);
            report.error(Code.UNSUPPORTED_INHERITANCE, "@Entity " + entity.getSimpleName() + " extends @Entity "
                    + parentType.getQualifiedName() + " with JOINED inheritance, but " + parentType.getSimpleName()
                    + " is not compiled with it (it comes from another module or a library), so Migrate does not know"
                    + " the key its table references. Move the hierarchy into one module", entity, entityAnnotation);
            return new Result(entity, null, report, false);
        }
        if (parent.mapped() == null) {
            return new Result(entity, null, report, false); // the parent's errors say why
        }
        return mapped(entity, entityAnnotation, false, targets, parent.mapped(), report);
    }

    private Result mapped(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                          Targets targets, MappedEntity joinedParent, Report report) {
        Optional<MappedEntity> mapped = reader.read(entity, entityAnnotation, tablePerClass, targets, joinedParent,
                report);
        return new Result(entity, mapped.orElse(null), report, mapped.isPresent());
    }

    /**
     * A SINGLE_TABLE hierarchy whose root is compiled elsewhere: reported at each subclass (JOINED and
     * TABLE_PER_CLASS never come here).
     */
    private void reportUnsupported(TypeElement root, List<TypeElement> subclasses, TypeElement at, Report report) {
        String names = subclasses.stream().sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
                .map(t -> t.getSimpleName().toString()).collect(Collectors.joining(", "));
        String hierarchy = "@Entity " + root.getSimpleName() + " and the entities extending it (" + names + ")";
        String why = " share one table with SINGLE_TABLE inheritance (the default when an entity extends another),"
                + " but " + root.getSimpleName() + " is not compiled with them: Migrate maps that table from the root"
                + " and all its subclasses together. Compile them in one module, or";
        Optional<AnnotationMirror> inheritance = JpaAnnotations.find(root, JpaAnnotations.INHERITANCE);
        AnnotationMirror mirror = at.equals(root) && inheritance.isPresent() ? inheritance.get()
                : JpaAnnotations.find(at, JpaAnnotations.ENTITY).orElseThrow();
        report.error(Code.UNSUPPORTED_INHERITANCE, hierarchy + why + " put @Inheritance(strategy ="
                + " InheritanceType.TABLE_PER_CLASS) on " + root.getSimpleName() + ", or make it a @MappedSuperclass"
                + " if it needs no table of its own", at, mirror);
    }

    /** Hibernate uses the root's strategy and ignores another one on a subclass, with a log line nobody reads. */
    private void warnIgnoredInheritance(TypeElement entity, TypeElement root, Strategy strategy, Report report) {
        Optional<AnnotationMirror> own = JpaAnnotations.find(entity, JpaAnnotations.INHERITANCE);
        if (own.isPresent() && strategy(entity) != strategy) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Inheritance on " + entity.getSimpleName() + " has no effect:"
                    + " a hierarchy has the strategy of its root entity, " + root.getSimpleName() + " (" + strategy
                    + "). Remove it, or move it to " + root.getSimpleName(), entity, own.get(), null);
        }
    }

    private Strategy strategy(TypeElement entity) {
        return JpaAnnotations.find(entity, JpaAnnotations.INHERITANCE)
                .map(m -> Strategy.valueOf(new Attributes(m, elements).enumConstant("strategy", "SINGLE_TABLE")))
                .orElse(Strategy.SINGLE_TABLE);
    }
}
