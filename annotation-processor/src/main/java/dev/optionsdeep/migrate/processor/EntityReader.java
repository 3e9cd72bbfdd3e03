package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @Entity} class into its table, as Hibernate ORM maps it with field access and
 * default naming; or reports why it cannot, and gives up on that entity only.
 */
final class EntityReader {

    private final Elements elements;
    private final DatabaseResolver databases;
    private final ColumnMapper columnMapper;

    EntityReader(Elements elements, DatabaseResolver databases) {
        this.elements = elements;
        this.databases = databases;
        this.columnMapper = new ColumnMapper(elements);
    }

    /**
     * Whether a type the entity mentions is not known yet; another processor may generate it in a
     * later round, so reading now would report a wrong "unsupported type".
     */
    static boolean hasUnresolvedTypes(TypeElement entity) {
        if (entity.getSuperclass().getKind() == TypeKind.ERROR) {
            return true;
        }
        return persistentFields(entity).stream().anyMatch(f -> f.asType().getKind() == TypeKind.ERROR);
    }

    /** The entity's table, or empty after reporting why it cannot be mapped. */
    Optional<MappedEntity> read(TypeElement entity, AnnotationMirror entityAnnotation, Report report) {
        String className = entity.getSimpleName().toString();
        if (entity.getKind() != ElementKind.CLASS) {
            report.error(Code.NOT_A_CLASS, "@Entity " + className + " is " + kindName(entity.getKind())
                    + "; Hibernate maps classes only. Make it a class with a no-argument constructor",
                    entity, entityAnnotation);
            return Optional.empty();
        }
        boolean ok = supportedEntityMapping(entity, className, report);
        String database = databases.databaseOf(entity, report);
        Attributes entityAttributes = new Attributes(entityAnnotation, elements);
        Attributes table = JpaAnnotations.find(entity, JpaAnnotations.TABLE).map(m -> new Attributes(m, elements))
                .orElse(null);
        ok &= supportedTableAttributes(entity, table, report);
        String tableName = tableName(entity, entityAttributes, table, report);

        List<MappedColumn> columns = new ArrayList<>();
        for (VariableElement field : persistentFields(entity)) {
            MappedColumn column = columnMapper.map(field, className, report);
            ok &= column != null;
            if (column != null) {
                columns.add(column);
            }
        }
        ok &= idOnFields(entity, className, report);
        ok &= distinctColumnNames(columns, className, report);
        if (!ok || database == null || tableName == null) {
            return Optional.empty();
        }
        List<MappedColumn> ids = columns.stream().filter(MappedColumn::id).toList();
        if (ids.isEmpty()) {
            report.error(Code.MISSING_ID, "@Entity " + className + " has no @Id field: Hibernate needs an identifier."
                    + " Annotate the id field with @Id (for example @Id @GeneratedValue(strategy ="
                    + " GenerationType.IDENTITY) private Long id)", entity, entityAnnotation);
            return Optional.empty();
        }
        if (ids.size() > 1) {
            VariableElement second = ids.get(1).field();
            report.error(Code.COMPOSITE_ID, "@Entity " + className + " has several @Id fields (" + ids.stream()
                    .map(c -> c.field().getSimpleName().toString()).toList() + "); composite ids are not supported yet"
                    + " by Migrate. Keep @Id on one field", second,
                    JpaAnnotations.find(second, JpaAnnotations.ID).orElseThrow());
            return Optional.empty();
        }
        Optional<ConstraintReader.Constraints> constraints =
                new ConstraintReader(elements, entity, table, tableName, columns, report).read();
        if (constraints.isEmpty()) {
            return Optional.empty();
        }
        PrimaryKey primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(tableName),
                List.of(ids.get(0).column().name()));
        Table result = new Table(tableName, columns.stream().map(MappedColumn::column).toList(), primaryKey,
                constraints.get().uniqueConstraints(), constraints.get().indexes());
        return Optional.of(new MappedEntity(entity, entityAnnotation, database, result));
    }

    /** Fields in declaration order (the order of CREATE TABLE), without static, transient and @Transient ones. */
    static List<VariableElement> persistentFields(TypeElement entity) {
        return ElementFilter.fieldsIn(entity.getEnclosedElements()).stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
                .filter(f -> !f.getModifiers().contains(Modifier.TRANSIENT))
                .filter(f -> !JpaAnnotations.has(f, JpaAnnotations.TRANSIENT))
                .toList();
    }

    private boolean supportedEntityMapping(TypeElement entity, String className, Report report) {
        boolean ok = true;
        for (AnnotationMirror mirror : SupportedAnnotations.unsupportedOnEntity(entity)) {
            report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on @Entity "
                    + className + " is not supported yet by Migrate, which maps single-table entities with plain"
                    + " columns for now and stops rather than write a schema that differs from Hibernate's. Remove it,"
                    + " or keep this entity out of the compilation Migrate runs in", entity, mirror);
            ok = false;
        }
        Optional<AnnotationMirror> access = JpaAnnotations.find(entity, JpaAnnotations.ACCESS);
        if (access.isPresent()
                && new Attributes(access.get(), elements).enumConstant("value", "FIELD").equals("PROPERTY")) {
            report.error(Code.UNSUPPORTED_ACCESS, "@Access(AccessType.PROPERTY) on " + className + " is not supported"
                    + " yet by Migrate, which reads fields only. Use field access (@Id on the field)", entity,
                    access.get());
            ok = false;
        }
        for (TypeMirror s = entity.getSuperclass(); s.getKind() == TypeKind.DECLARED;
             s = ((TypeElement) ((DeclaredType) s).asElement()).getSuperclass()) {
            TypeElement superclass = (TypeElement) ((DeclaredType) s).asElement();
            for (String kind : List.of(JpaAnnotations.MAPPED_SUPERCLASS, JpaAnnotations.ENTITY)) {
                if (JpaAnnotations.has(superclass, kind)) {
                    report.error(Code.UNSUPPORTED_ENTITY_MAPPING, "@Entity " + className + " extends @" + kind + " "
                            + superclass.getSimpleName() + ": mapped superclasses and entity inheritance are not"
                            + " supported yet by Migrate. Declare the inherited fields in " + className
                            + " itself", entity, JpaAnnotations.find(entity, JpaAnnotations.ENTITY).orElseThrow());
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static boolean supportedTableAttributes(TypeElement entity, Attributes table, Report report) {
        if (table == null) {
            return true;
        }
        boolean ok = true;
        for (String attribute : List.of("schema", "catalog", "options")) {
            if (!table.string(attribute).isEmpty()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Table(" + attribute + " = \"" + table.string(attribute)
                        + "\") on " + entity.getSimpleName() + " is not supported yet by Migrate, which maps tables"
                        + " of the default schema with plain DDL. Remove it", entity, table.mirror(),
                        table.explicitValue(attribute));
                ok = false;
            }
        }
        if (!table.list("check").isEmpty()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Table(check = ...) on " + entity.getSimpleName() + " is not"
                    + " supported yet by Migrate: check constraints are not in its schema model. Remove it", entity,
                    table.mirror(), table.explicitValue("check"));
            ok = false;
        }
        return ok;
    }

    /**
     * {@code @Table(name)}, else the entity name: {@code @Entity(name)}, else the class name as
     * Hibernate takes it, from the binary name (so a nested class is {@code Outer$Inner}).
     */
    private String tableName(TypeElement entity, Attributes entityAttributes, Attributes table, Report report) {
        String written;
        AnnotationMirror at;
        if (table != null && !table.string("name").isEmpty()) {
            written = table.string("name");
            at = table.mirror();
        } else if (!entityAttributes.string("name").isEmpty()) {
            written = entityAttributes.string("name");
            at = entityAttributes.mirror();
        } else {
            String binary = elements.getBinaryName(entity).toString();
            written = binary.substring(binary.lastIndexOf('.') + 1);
            at = entityAttributes.mirror();
        }
        PhysicalNames.Resolved name = PhysicalNames.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The table name \"" + written + "\" of @Entity " + entity.getSimpleName()
                    + " cannot be used: " + name.problem() + ". Set it with @Table(name = \"...\")", entity, at);
            return null;
        }
        return name.name();
    }

    /** Property access (annotations on getters) is a different mapping; reading fields would be wrong. */
    private static boolean idOnFields(TypeElement entity, String className, Report report) {
        boolean idOnField = persistentFields(entity).stream().anyMatch(f -> JpaAnnotations.has(f, JpaAnnotations.ID));
        for (ExecutableElement method : ElementFilter.methodsIn(entity.getEnclosedElements())) {
            Optional<AnnotationMirror> id = JpaAnnotations.find(method, JpaAnnotations.ID);
            if (id.isPresent() && !idOnField) {
                report.error(Code.UNSUPPORTED_ACCESS, "@Id on the method " + className + "." + method.getSimpleName()
                        + "() makes Hibernate use property access, which Migrate does not support yet. Put @Id and"
                        + " the column annotations on the fields instead", method, id.get());
                return false;
            }
        }
        return true;
    }

    private static boolean distinctColumnNames(List<MappedColumn> columns, String className, Report report) {
        Map<String, MappedColumn> seen = new HashMap<>();
        boolean ok = true;
        for (MappedColumn c : columns) {
            MappedColumn first = seen.putIfAbsent(c.column().name(), c);
            if (first != null) {
                report.error(Code.DUPLICATE_COLUMN, className + "." + c.field().getSimpleName() + " maps to column "
                        + c.column().name() + ", like " + className + "." + first.field().getSimpleName()
                        + " before it (PostgreSQL folds unquoted names to lower case and cuts them to 63 bytes)."
                        + " Give one of them another name with @Column(name = \"...\")", c.field(),
                        c.columnAnnotation());
                ok = false;
            }
        }
        return ok;
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> kind.name().equals("RECORD") ? "a record" : "not a class";
        };
    }
}
