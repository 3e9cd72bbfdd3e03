package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Diagnostics;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.KeyDependencies;

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
import javax.lang.model.type.TypeKind;
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
public final class ModelBinder {

    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /**
     * What reading one entity gave.
     *
     * @param mapped   its table, or null
     * @param complete false when the entity has no table because it could not be read (the report
     *                 says why, or the root of its hierarchy does); true for a table, and for an
     *                 abstract {@code TABLE_PER_CLASS} entity, which has none in Hibernate either
     */
    public record Result(TypeElement entity, MappedEntity mapped, Report report, boolean complete) {
    }

    private final EntityDrafter reader;
    private final Elements elements;
    /** The audit tables of Hibernate Envers, when it is on the class path. */
    private final AuditTables audits;

    public ModelBinder(EntityDrafter reader, Elements elements) {
        this(reader, elements, dev.optionsdeep.migrate.processor.EnversSettings.DEFAULTS);
    }

    public ModelBinder(EntityDrafter reader, Elements elements, dev.optionsdeep.migrate.processor.EnversSettings envers) {
        this.reader = reader;
        this.elements = elements;
        this.audits = new AuditTables(elements, reader.naming(), envers);
    }

    /**
     * Whether a type the entity depends on is unknown: javac reports it, and reading now would add a
     * wrong "unsupported type" to that error.
     */
    public static boolean hasUnresolvedTypes(TypeElement entity) {
        for (TypeElement t = entity; t != null; t = AttributeCollector.superclass(t)) {
            if (t.getSuperclass().getKind() == TypeKind.ERROR) {
                return true;
            }
            for (javax.lang.model.element.Element member : t.getEnclosedElements()) { // one loop, per entity
                javax.lang.model.element.ElementKind kind = member.getKind();
                if ((kind == javax.lang.model.element.ElementKind.FIELD
                        || kind == javax.lang.model.element.ElementKind.ENUM_CONSTANT)
                        && member.asType().getKind() == TypeKind.ERROR
                        || kind == javax.lang.model.element.ElementKind.METHOD
                        && ((ExecutableElement) member).getReturnType().getKind() == TypeKind.ERROR) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An entity after the first stage: done (it has no table of its own, or could not be read), or a
     * draft to bind.
     *
     * @param joinedParent for a JOINED subclass, the entity it extends: if that one cannot be bound, neither
     *                     can this one, silently (the parent's errors say why)
     * @param ownProblems  how many of the report's problems are the hierarchy's, before the entity was read
     */
    private record Stage(TypeElement entity, Report report, EntityDraft draft, Result done, TypeElement joinedParent,
                         int ownProblems) {

        static Stage done(TypeElement entity, Report report, boolean complete) {
            return new Stage(entity, report, null, new Result(entity, null, report, complete), null, 0);
        }
    }

    /**
     * One result per entity, in the order given, then one per join table. Each entity is read once, in
     * two stages: its own columns and key (in an order where the keys it depends on come first), then,
     * when every key is known, its relationships, as join columns take their type from the key they
     * reference. Then the audit tables of Hibernate Envers ({@link AuditTables}).
     */
    public List<Result> read(List<TypeElement> entities) {
        Set<String> names = entities.stream().map(e -> e.getQualifiedName().toString()).collect(Collectors.toSet());
        List<TypeElement> order = KeyDependencies.order(entities);
        Map<String, MappedEntity> keys = new java.util.HashMap<>();
        Map<TypeElement, Stage> stages = draft(entities, order, new Targets(keys, names), keys);
        Targets targets = new Targets(Map.copyOf(keys), names);
        Map<TypeElement, Result> bound = new java.util.HashMap<>();
        for (TypeElement entity : order) {
            bound.put(entity, bind(stages.get(entity), targets, bound));
        }
        // Before the merge, so that an entity left out puts no column into another's table; after, for those the
        // merge leaves out.
        List<Result> kept = DanglingKeys.leaveOut(entities.stream().map(bound::get).toList(), keys, reader::managedByHand);
        List<Result> results = DanglingKeys.leaveOut(ForeignColumns.merge(kept), keys, reader::managedByHand);
        List<Result> out = new ArrayList<>(results);
        for (Result r : results) {
            if (r.mapped() != null) {
                r.mapped().joinTables().forEach(j -> out.add(new Result(r.entity(), j, new Report(), true)));
            }
        }
        return audits.extend(out);
    }

    /**
     * The first stage of every entity, in key order.
     *
     * @param keys where each entity's key reading goes as soon as it is made, for the entities read after it
     */
    private Map<TypeElement, Stage> draft(List<TypeElement> entities, List<TypeElement> order, Targets targets,
                                          Map<String, MappedEntity> keys) {
        Set<TypeElement> known = Set.copyOf(entities);
        Map<TypeElement, List<TypeElement>> subclasses = new LinkedHashMap<>();
        for (TypeElement e : entities) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(e);
            if (!ancestors.isEmpty()) {
                subclasses.computeIfAbsent(ancestors.get(0), r -> new ArrayList<>()).add(e);
            }
        }
        Map<TypeElement, Stage> stages = new java.util.HashMap<>();
        for (TypeElement entity : order) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(entity);
            TypeElement root = ancestors.isEmpty() ? entity : ancestors.get(0);
            Stage parent = ancestors.isEmpty() ? null : stages.get(ancestors.get(ancestors.size() - 1));
            Stage stage;
            try {
                stage = draft(entity, root, subclasses.getOrDefault(root, List.of()), known.contains(root), targets,
                        parent);
            } catch (RuntimeException e) {
                stage = new Stage(entity, null, null, crashed(entity, e), null, 0);
            }
            stages.put(entity, stage);
            MappedEntity key = stage.draft() == null ? null : stage.draft().keyReading();
            Stage rootStage = stages.get(root);
            if (key != null) {
                keys.put(entity.getQualifiedName().toString(), key);
            } else if (stage.draft() == null && !root.equals(entity) && strategy(root) == Strategy.SINGLE_TABLE
                    && rootStage != null && rootStage.draft() != null && rootStage.draft().keyReading() != null) {
                // A relationship to a SINGLE_TABLE subclass references the root's table (checked with 7.4).
                keys.put(entity.getQualifiedName().toString(), rootStage.draft().keyReading());
            }
        }
        return stages;
    }

    /** The second stage of an entity: its draft bound, once those of the entities it extends are. */
    private Result bind(Stage stage, Targets targets, Map<TypeElement, Result> bound) {
        if (stage.done() != null) {
            return stage.done();
        }
        TypeElement entity = stage.entity();
        if (stage.joinedParent() != null && bound.get(stage.joinedParent()).mapped() == null) {
            Report hierarchy = new Report();
            stage.report().problems().subList(0, stage.ownProblems()).forEach(hierarchy::add);
            return new Result(entity, null, hierarchy, false); // the parent's errors say why
        }
        try {
            Optional<MappedEntity> mapped = reader.bind(stage.draft(), targets, stage.report());
            return new Result(entity, mapped.orElse(null), stage.report(), mapped.isPresent());
        } catch (RuntimeException e) {
            return crashed(entity, e);
        }
    }

    /** A bug of ours while reading one entity costs that entity, not the others' snapshot. */
    private static Result crashed(TypeElement entity, RuntimeException e) {
        Report crash = new Report();
        crash.error(Code.INTERNAL_ERROR, Diagnostics.crashText(e, "@Entity " + entity.getSimpleName()
                + " is left out of the snapshot, which is marked incomplete"), entity);
        return new Result(entity, null, crash, false);
    }

    private Stage draft(TypeElement entity, TypeElement root, List<TypeElement> subclasses, boolean rootKnown,
                        Targets targets, Stage parent) {
        Report report = new Report();
        Mapping mapping = Mapping.of(entity, elements);
        AnnotationMirror entityAnnotation = mapping.entity().orElseThrow();
        if (entity.equals(root) && subclasses.isEmpty() && mapping.subselect()) {
            return Stage.done(entity, report, true); // read from its query: Hibernate creates no table for it
        }
        Strategy strategy = strategy(root);
        Mapping rootMapping = Mapping.of(root, elements);
        boolean discriminated = strategy == Strategy.SINGLE_TABLE && (!subclasses.isEmpty()
                || rootMapping.hasDiscriminatorColumn() || rootMapping.discriminatorFormula().isPresent())
                || strategy == Strategy.JOINED && rootMapping.hasDiscriminatorColumn();
        if (!DiscriminatorPlacement.accepted(entity, root, strategy, discriminated, elements, report)) {
            return Stage.done(entity, report, false);
        }
        if (strategy == Strategy.SINGLE_TABLE && rootKnown && discriminated) {
            if (!entity.equals(root)) {
                warnIgnoredInheritance(entity, root, strategy, report);
                return Stage.done(entity, report, true); // its rows live in the root's table
            }
            return drafted(entity, entityAnnotation, false, targets, null, new SingleTable.Hierarchy(root, subclasses),
                    report);
        }
        if (entity.equals(root) && subclasses.isEmpty()) {
            Optional<AnnotationMirror> discriminator = mapping.discriminatorColumn()
                    .map(Mapping.DiscriminatorColumn::mirror);
            if (discriminator.isPresent() && strategy == Strategy.JOINED) {
                // A JOINED root no entity extends is one table: with its @DiscriminatorColumn, Hibernate exports
                // what it exports for a SINGLE_TABLE root alone (checked with 6.6 and 7.2: the column, not null,
                // and from 7.2 the check on the one value; Broadleaf Commerce's fee and fulfillment entities).
                return drafted(entity, entityAnnotation, false, targets, null,
                        new SingleTable.Hierarchy(root, subclasses), report);
            }
            // Hibernate persists a root without subclasses as a single table whatever the strategy, so an
            // identity id is fine even with TABLE_PER_CLASS (checked with 7.4).
            return drafted(entity, entityAnnotation, false, targets, null, null, report);
        }
        if (!entity.equals(root)) {
            warnIgnoredInheritance(entity, root, strategy, report);
        }
        if (strategy == Strategy.TABLE_PER_CLASS) {
            if (entity.getModifiers().contains(Modifier.ABSTRACT)) {
                return Stage.done(entity, report, true); // Hibernate creates no table for it either
            }
            return drafted(entity, entityAnnotation, true, targets, null, null, report);
        }
        if (strategy == Strategy.JOINED) {
            return joined(entity, root, entityAnnotation, targets, parent, report);
        }
        if (entity.equals(root) || !rootKnown) {
            reportUnsupported(root, subclasses, entity, report);
        }
        return Stage.done(entity, report, false);
    }

    /**
     * JOINED: the root maps as any entity; each subclass has a table of its own attributes, keyed by
     * its parent's key columns (renamed by {@code @PrimaryKeyJoinColumn}) with a foreign key to the
     * parent's table, abstract or not (checked with Hibernate 7.4).
     */
    private Stage joined(TypeElement entity, TypeElement root, AnnotationMirror entityAnnotation, Targets targets,
                         Stage parent, Report report) {
        Optional<AnnotationMirror> discriminator = Mapping.of(root, elements).discriminatorColumn()
                .map(Mapping.DiscriminatorColumn::mirror);
        if (discriminator.isPresent()) {
            if (entity.equals(root)) {
                report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorColumn on @Entity " + root.getSimpleName()
                        + " makes Hibernate add a discriminator column to its JOINED hierarchy, which Migrate does not"
                        + " map yet. Remove it: JOINED inheritance needs none", root, discriminator.get());
            }
            return Stage.done(entity, report, false);
        }
        if (entity.equals(root)) {
            return drafted(entity, entityAnnotation, false, targets, null, null, report);
        }
        if (parent == null) {
            TypeElement parentType = AttributeCollector.entityAncestors(entity).get(
                    AttributeCollector.entityAncestors(entity).size() - 1);
            report.error(Code.UNSUPPORTED_INHERITANCE, "@Entity " + entity.getSimpleName() + " extends @Entity "
                    + parentType.getQualifiedName() + " with JOINED inheritance, but " + parentType.getSimpleName()
                    + " is not compiled with it (it comes from another module or a library), so Migrate does not know"
                    + " the key its table references. Move the hierarchy into one module", entity, entityAnnotation);
            return Stage.done(entity, report, false);
        }
        if (parent.draft() == null) {
            return Stage.done(entity, report, false); // the parent's errors say why
        }
        return drafted(entity, entityAnnotation, false, targets, parent.draft(), null, report);
    }

    private Stage drafted(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                          Targets keys, EntityDraft joinedParent, SingleTable.Hierarchy singleTable, Report report) {
        int ownProblems = report.problems().size();
        Optional<EntityDraft> draft = reader.draft(entity, entityAnnotation, tablePerClass, keys, joinedParent,
                singleTable, report);
        return draft.map(d -> new Stage(entity, report, d, null, joinedParent == null ? null : joinedParent.entity(),
                ownProblems)).orElseGet(() -> Stage.done(entity, report, false));
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
        Optional<AnnotationMirror> inheritance = Mapping.of(root, elements).inheritance();
        AnnotationMirror mirror = at.equals(root) && inheritance.isPresent() ? inheritance.get()
                : Mapping.of(at, elements).entity().orElseThrow();
        report.error(Code.UNSUPPORTED_INHERITANCE, hierarchy + why + " put @Inheritance(strategy ="
                + " InheritanceType.TABLE_PER_CLASS) on " + root.getSimpleName() + ", or make it a @MappedSuperclass"
                + " if it needs no table of its own", at, mirror);
    }

    /** Hibernate uses the root's strategy and ignores another one on a subclass, with a log line nobody reads. */
    private void warnIgnoredInheritance(TypeElement entity, TypeElement root, Strategy strategy, Report report) {
        Optional<AnnotationMirror> own = Mapping.of(entity, elements).inheritance();
        if (own.isPresent() && strategy(entity) != strategy) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Inheritance on " + entity.getSimpleName() + " has no effect:"
                    + " a hierarchy has the strategy of its root entity, " + root.getSimpleName() + " (" + strategy
                    + "). Remove it, or move it to " + root.getSimpleName(), entity, own.get(), null);
        }
    }

    private Strategy strategy(TypeElement entity) {
        return Mapping.of(entity, elements).inheritanceStrategy().map(Strategy::valueOf).orElse(Strategy.SINGLE_TABLE);
    }
}
