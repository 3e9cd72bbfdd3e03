package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.Exclusions;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.read.Overrides;
import dev.optionsdeep.migrate.processor.read.TypeLevelChecks;

import dev.optionsdeep.migrate.schema.Column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The columns of an entity's own attributes, level by level (the entity, its mapped superclasses, for
 * {@code TABLE_PER_CLASS} the entities it extends), with the {@code @AttributeOverride}s declared there;
 * for a {@code SINGLE_TABLE} root, its subclasses' columns and the discriminator column too.
 */
final class OwnColumns {

    private final Elements elements;
    private final Types types;
    private final Naming naming;
    private final Exclusions exclusions;
    private final AttributeMapper attributeMapper;

    OwnColumns(Elements elements, Types types, Naming naming, Exclusions exclusions, AttributeMapper attributeMapper) {
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.exclusions = exclusions;
        this.attributeMapper = attributeMapper;
    }

    /** The columns an entity's attributes map to, with its relationships, before its key is settled. */
    record Own(List<MappedColumn> columns, List<Association> associations,
                       Map<TypeElement, List<MappedColumn>> byEntity,
                       Map<TypeElement, List<Association>> subclassAssociations,
                       SingleTable.Discriminator discriminator, boolean ok) {
    }

    /**
     * The columns of the entity's own attributes, level by level; for a {@code SINGLE_TABLE} root, those of
     * its subclasses too and the discriminator column.
     *
     * @param ok whether the entity's class-level annotations could be read
     */
    Own own(TypeElement entity, List<TypeElement> levels, boolean keyOnly, SingleTable.Hierarchy singleTable,
                    String tableName, boolean ok, Report report) {
        String className = entity.getSimpleName().toString();
        List<MappedColumn> columns = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        AttributeCollector.Access access = AttributeCollector.defaultAccess(entity);
        for (TypeElement level : levels) {
            ok &= readLevel(level, (DeclaredType) entity.asType(), className, access, keyOnly, columns, associations,
                    report);
        }
        Map<TypeElement, List<MappedColumn>> byEntity = new HashMap<>();
        byEntity.put(entity, List.copyOf(columns));
        SingleTable.Discriminator discriminator = null;
        Map<TypeElement, List<Association>> subclassAssociations = new java.util.LinkedHashMap<>();
        if (singleTable != null && tableName != null) {
            ok &= readSubclasses(singleTable, access, columns, byEntity, subclassAssociations, report);
            discriminator = new DiscriminatorReader(elements, naming).discriminator(singleTable, tableName, report);
            ok &= discriminator != null;
        }
        if (discriminator != null && discriminator.column() != null && ok) {
            String name = discriminator.column().name();
            // @DiscriminatorOptions(insert = false): an attribute writes the column, which stays the discriminator's
            boolean written = Mapping.of(singleTable.root(), elements).discriminatorOptions()
                    .map(o -> !o.insert()).orElse(false);
            columns = SharedColumns.withoutDiscriminatorCopies(columns, name, written, report);
            byEntity.replaceAll((type, own) -> SharedColumns.withoutDiscriminatorCopies(own, name, written, report));
            ok = !discriminatorClash(discriminator, columns, className, report);
        }
        return new Own(columns, associations, byEntity, subclassAssociations, discriminator, ok);
    }

    /** Whether an attribute maps to the discriminator column, after reporting it. */
    private static boolean discriminatorClash(SingleTable.Discriminator discriminator, List<MappedColumn> columns,
                                              String className, Report report) {
        String name = discriminator.column().name();
        Optional<MappedColumn> clash = columns.stream().filter(c -> c.column().name().equals(name)).findFirst();
        clash.ifPresent(c -> report.error(Code.DUPLICATE_COLUMN, c.attribute().declaringType().getSimpleName() + "."
                + c.path() + " maps to column " + name
                + ", which is the discriminator column of the table of " + className + ", and writes it: Hibernate"
                + " refuses that. Make the attribute read-only (@Column(insertable = false, updatable = false)), or"
                + " give the discriminator another name with @DiscriminatorColumn(name = \"...\") on " + className,
                c.columnHost(), c.columnAnnotation()));
        return clash.isPresent();
    }

    /**
     * Adds the columns of the subclasses of a {@code SINGLE_TABLE} hierarchy, each made nullable unless
     * its {@code @Column} says {@code nullable = false}, and records them per subclass.
     */
    private boolean readSubclasses(SingleTable.Hierarchy hierarchy, AttributeCollector.Access access,
                                   List<MappedColumn> columns, Map<TypeElement, List<MappedColumn>> byEntity,
                                   Map<TypeElement, List<Association>> associations, Report report) {
        boolean ok = true;
        for (TypeElement sub : hierarchy.subclasses()) {
            ok &= TypeLevelChecks.supported(sub, report);
            Mapping subMapping = Mapping.of(sub, elements);
            for (String misplaced : List.of(JpaAnnotations.TABLE)) {
                Optional<AnnotationMirror> m = subMapping.tableAnnotation();
                if (m.isPresent()) {
                    report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + misplaced + " on " + sub.getSimpleName()
                            + " has no table to apply to: with SINGLE_TABLE inheritance its rows live in the table of "
                            + hierarchy.root().getSimpleName() + ". Move it to " + hierarchy.root().getSimpleName(),
                            sub, m.get());
                    ok = false;
                }
            }
            for (AnnotationMirror m : subMapping.hibernateChecks()) {
                report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@Check on " + sub.getSimpleName() + " is not supported"
                        + " by Migrate: with SINGLE_TABLE inheritance its rows live in the table of "
                        + hierarchy.root().getSimpleName() + ". Move it to " + hierarchy.root().getSimpleName(), sub, m);
                ok = false;
            }
            int start = columns.size();
            Report level = new Report();
            List<Association> subAssociations = new ArrayList<>();
            ok &= readLevel(sub, (DeclaredType) sub.asType(), sub.getSimpleName().toString(), access, false, columns,
                    subAssociations, level);
            for (Association a : subAssociations.stream().filter(Association::mapsId).toList()) {
                report.error(Code.UNSUPPORTED_INHERITANCE, "@MapsId on " + sub.getSimpleName() + "." + a.path()
                        + " derives the key in a subclass of the SINGLE_TABLE hierarchy of "
                        + hierarchy.root().getSimpleName() + ", whose key is the root's. Remove @MapsId",
                        a.attribute().element(), a.annotation());
                ok = false;
            }
            associations.put(sub, subAssociations);
            // A nullable primitive is what a subclass needs here (Hibernate adds a check instead): no advice.
            level.problems().stream().filter(p -> p.code() != Code.NULLABLE_PRIMITIVE).forEach(report::add);
            List<MappedColumn> own = SingleTable.nullableForOthers(columns.subList(start, columns.size()));
            columns.subList(start, columns.size()).clear();
            // Subclasses on other branches may map the same column; Hibernate shares it (checked with 7.4).
            List<TypeElement> lineage = AttributeCollector.entityAncestors(sub);
            List<Column> onOtherBranches = byEntity.entrySet().stream()
                    .filter(e -> !lineage.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).map(MappedColumn::column).toList();
            own.stream().filter(c -> !onOtherBranches.contains(c.column())).forEach(columns::add);
            byEntity.put(sub, own);
        }
        return ok;
    }

    /**
     * The attributes whose name no class above declared: Hibernate (6.6 to 7.4) collects the attributes of an entity's
     * mapped superclasses topmost first and skips one named like an attribute it already has, so that a field an
     * entity declares again (ThingsBoard's {@code CalculatedFieldEntity.version} beside its base class's
     * {@code @Version version}) is ignored, its annotations with it.
     */
    private static List<Attribute> unshadowed(List<Attribute> attributes, java.util.Set<String> named) {
        List<Attribute> kept = attributes.stream().filter(a -> !named.contains(a.name())).toList();
        attributes.forEach(a -> named.add(a.name()));
        return kept;
    }

    /**
     * Adds the columns one class of the entity's hierarchy brings: its own attributes and those of its
     * mapped superclasses, with the {@code @AttributeOverride}s declared on it.
     */
    /** @param keyOnly whether to map the key attributes only, for an entity the user manages by hand */
    private boolean readLevel(TypeElement level, DeclaredType entityType, String className,
                              AttributeCollector.Access access, boolean keyOnly, List<MappedColumn> columns,
                              List<Association> associations, Report report) {
        int inherited = columns.size();
        Overrides overrides = new Overrides(elements);
        overrides.addFrom(level, "");
        overrides.addIdClass(level);
        boolean ok = true;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (TypeElement type : AttributeCollector.ownChain(level)) {
            AttributeCollector.Access typeAccess = AttributeCollector.classAccess(type, access);
            List<Attribute> attributes = AttributeCollector.declared(type, entityType, typeAccess, types, exclusions,
                    report);
            if (attributes != null) {
                attributes = unshadowed(attributes, named);
            }
            if (attributes != null && keyOnly) {
                attributes = attributes.stream().filter(a -> Mapping.written(a.element()).id()
                        || Mapping.written(a.element()).embeddedId()).toList();
            }
            ok &= attributes != null && attributeMapper.map(attributes, className, access, overrides, report, columns,
                    associations);
        }
        if (!ok || keyOnly) {
            return ok; // an unmapped attribute (or one left out) would make its override look unused
        }
        for (Overrides.Override unused : overrides.unused()) {
            Optional<MappedColumn> fromEntity = columns.subList(0, inherited).stream()
                    .filter(c -> c.path().equals(unused.path())).findFirst();
            String override = "@AttributeOverride(name = \"" + unused.name() + "\") on " + hostName(unused.host()) + " ";
            if (fromEntity.isPresent()) {
                MappedColumn c = fromEntity.get();
                report.error(Code.UNKNOWN_ATTRIBUTE, override + "overrides " + c.path() + ", which "
                        + level.getSimpleName() + " inherits from the entity " + c.attribute().declaringType()
                        .getSimpleName() + ": Hibernate refuses that (\"may not be overridden using"
                        + " '@AttributeOverride' in entity subclass\"). Rename the column where the entity declares it",
                        unused.host(), unused.annotation());
                ok = false;
                continue;
            }
            String problem = override + "matches no basic attribute of " + className + " (it would be "
                    + unused.path() + "; the attributes are " + columns.subList(inherited, columns.size()).stream()
                    .map(MappedColumn::path).collect(Collectors.joining(", ")) + ")";
            if (unused.host() instanceof TypeElement) {
                // On the class, Hibernate 6.6, 7.2 and 7.4 start and export without a word (parity model noverride):
                // OpenMRS's Location overrides "attributes" of a superclass that is no @MappedSuperclass.
                report.warning(Code.IGNORED_ATTRIBUTE, problem + ": Hibernate ignores it. Correct the name, or remove"
                        + " the override", unused.host(), unused.annotation(), null);
            } else {
                report.error(Code.UNKNOWN_ATTRIBUTE, problem + ", so Hibernate would ignore it. Correct the name, or"
                        + " remove the override", unused.host(), unused.annotation());
                ok = false;
            }
        }
        return ok;
    }

    private static String hostName(javax.lang.model.element.Element host) {
        return host instanceof TypeElement type ? type.getSimpleName().toString()
                : host.getEnclosingElement().getSimpleName() + "." + host.getSimpleName();
    }
}
