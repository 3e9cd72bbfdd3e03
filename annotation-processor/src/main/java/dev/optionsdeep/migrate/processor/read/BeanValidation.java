package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Jakarta Validation constraints, applied to the schema as Hibernate 7.4 applies them when a validation provider
 * is on the application's class path (its {@code TypeSafeActivator}, validation mode {@code AUTO}, checked against
 * its export with Hibernate Validator 9.1):
 * <ul>
 *   <li>{@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}: the attribute's columns are not null (a basic
 *       column, or the join columns of a to-one relationship), except in a {@code SINGLE_TABLE} subclass;</li>
 *   <li>{@code @Size(max)} and Hibernate Validator's {@code @Length(max)} on a {@code String}: the column's
 *       length, over {@code @Column(length)};</li>
 *   <li>{@code @Digits(integer, fraction)}: precision {@code integer + fraction} and scale {@code fraction}, over
 *       {@code @Column}'s;</li>
 *   <li>{@code @Min(n)} / {@code @Max(n)}: the checks {@code column>=n} / {@code column<=n}, joined with
 *       {@code and} to the column's other unnamed checks into its one check constraint. With both on one
 *       attribute, Hibernate's order of the two varies from run to run (Hibernate Validator keeps an attribute's
 *       constraints in a hash set, and hashes the default group's class by identity); Migrate writes them in the
 *       order they are declared. Either order means the same condition.</li>
 * </ul>
 * Only constraints of the default group count; a constraint composed of others (an annotation meta-annotated with
 * {@code @Constraint}) counts with those it is made of. Constraints are read from the field and from its getter
 * alike, whichever access the entity uses, as the validator reads them. Inside an embeddable they count only when
 * the embedded attribute is {@code @Valid}, and its not-null ones only when it is not null itself.
 *
 * <p>Whether they apply is {@code -Amigrate.beanValidation}: {@code auto} (the default) when a provider (Hibernate
 * Validator, Apache BVal) or the whole Jakarta EE API is on the compile class path, as it is in the application;
 * {@code false} for an application that sets {@code jakarta.persistence.validation.mode=none} or
 * {@code hibernate.validator.apply_to_ddl=false}.
 */
public final class BeanValidation {

    public static final String OPTION = "migrate.beanValidation";

    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    private static final List<String> NOT_NULL = List.of(CONSTRAINTS + "NotNull", CONSTRAINTS + "NotEmpty",
            CONSTRAINTS + "NotBlank");
    private static final String LENGTH = "org.hibernate.validator.constraints.Length";
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String COMPOSITION = "org.hibernate.validator.constraints.ConstraintComposition";
    /** Classes whose presence at compile time says a provider is there at run time. */
    private static final List<String> PROVIDERS = List.of("org.hibernate.validator.HibernateValidator",
            "org.apache.bval.jsr.ApacheValidationProvider", "jakarta.ejb.Stateless");

    /** What the constraints of one attribute do to its columns. */
    public record Applied(boolean notNull, Integer length, Integer precision, Integer scale, List<String> checks) {

        static final Applied NONE = new Applied(false, null, null, null, List.of());

        /**
         * The column's one unnamed check with the constraints' conditions joined to it, as Hibernate writes a
         * column's anonymous checks: {@code (<own>) and (<column>>=n) and …}; {@link #REFUSED} after reporting a
         * check written in a {@code columnDefinition} beside them (two check constraints Migrate does not name).
         */
        public String withChecks(String own, String column, boolean inDefinition, String where, Element host, Report report) {
            if (checks.isEmpty()) {
                return own;
            }
            if (inDefinition) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, where + " has a CHECK in its columnDefinition and @Min or @Max,"
                        + " which Hibernate adds as a second check constraint that Migrate does not model yet. Move the"
                        + " definition's condition to @Check(constraints = \"…\") on the attribute", host);
                return REFUSED;
            }
            List<String> all = new ArrayList<>();
            if (own != null) {
                all.add("(" + own + ")");
            }
            checks.forEach(c -> all.add("(" + dev.optionsdeep.migrate.postgres.Identifiers.quote(column) + c + ")"));
            return String.join(" and ", all);
        }
    }

    /** What {@link Applied#withChecks} gives after reporting. */
    public static final String REFUSED = new String("refused");

    private final Elements elements;
    private final String mode;
    /** Decided on first use, while an entity is read (where a failure costs that entity only), not at start-up. */
    private Boolean active;

    private BeanValidation(Elements elements, String mode) {
        this.elements = elements;
        this.mode = mode;
    }

    /** Whether a value of the option is one Migrate knows. */
    public static boolean validOption(String value) {
        return value == null || List.of("auto", "true", "false").contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static BeanValidation of(Elements elements, String option) {
        return new BeanValidation(elements, option == null ? "auto" : option.strip().toLowerCase(java.util.Locale.ROOT));
    }

    boolean active() {
        if (active == null) {
            active = switch (mode) {
                case "true" -> true;
                case "false" -> false;
                default -> elements.getTypeElement("jakarta.validation.Validation") != null
                        && PROVIDERS.stream().anyMatch(p -> elements.getTypeElement(p) != null);
            };
        }
        return active;
    }

    /**
     * The constraints of an attribute at the entity's level (the field or getter {@code member}).
     *
     * @param origin the entity's embedded attribute {@code member} is inside, or {@code member} itself
     */
    public Applied of(Element member, Element origin) {
        if (!active()) {
            return Applied.NONE;
        }
        boolean embedded = origin != null && !origin.equals(member);
        if (embedded && !cascaded(origin)) {
            return Applied.NONE;
        }
        Applied own = read(member);
        if (embedded && own.notNull() && !read(origin).notNull()) {
            return new Applied(false, own.length(), own.precision(), own.scale(), own.checks());
        }
        return own;
    }

    /**
     * The constraints of a basic attribute, none for the elements of a collection (Hibernate applies those of the
     * collection attribute to the collection, which has no column of its own in the entity's table).
     */
    public Applied of(Attribute attribute, Element origin) {
        Element member = attribute.element();
        String declared = declaredName(declaredType(member));
        boolean element = !declared.equals(declaredName(attribute.type())) && COLLECTIONS.contains(declared);
        return element ? Applied.NONE : of(member, origin);
    }

    private static final List<String> COLLECTIONS = List.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.Map", "java.util.SortedSet", "java.util.SortedMap", "java.util.Queue", "java.util.Deque",
            "java.util.NavigableSet", "java.util.NavigableMap");

    /** Whether the attribute {@code member} is not null by its constraints (relationships use this). */
    public boolean notNull(Element member, Element origin) {
        return of(member, origin).notNull();
    }

    private boolean cascaded(Element member) {
        return annotations(member).stream().anyMatch(m -> name(m).equals("jakarta.validation.Valid"));
    }

    private Applied read(Element member) {
        Collector collector = new Collector(isString(member));
        annotations(member).forEach(collector::top);
        return collector.applied();
    }

    /** The annotations of the member and of its counterpart (the getter of a field, the field of a getter). */
    private List<AnnotationMirror> annotations(Element member) {
        List<AnnotationMirror> all = new ArrayList<>(member.getAnnotationMirrors());
        counterpart(member).ifPresent(other -> all.addAll(other.getAnnotationMirrors()));
        return all;
    }

    private static Optional<Element> counterpart(Element member) {
        if (!(member.getEnclosingElement() instanceof TypeElement owner)) {
            return Optional.empty();
        }
        String name = member.getSimpleName().toString();
        if (member.getKind() == ElementKind.FIELD) {
            String capitalised = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return owner.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.METHOD && ((ExecutableElement) e).getParameters().isEmpty())
                    .filter(e -> e.getSimpleName().contentEquals("get" + capitalised)
                            || e.getSimpleName().contentEquals("is" + capitalised))
                    .<Element>map(e -> e).findFirst();
        }
        String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
        if (property == null) {
            return Optional.empty();
        }
        String field = Character.toLowerCase(property.charAt(0)) + property.substring(1);
        return owner.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(field))
                .<Element>map(e -> e).findFirst();
    }

    private static boolean isString(Element member) {
        return declaredName(declaredType(member)).equals("java.lang.String");
    }

    private static TypeMirror declaredType(Element member) {
        return member.getKind() == ElementKind.METHOD ? ((ExecutableElement) member).getReturnType() : member.asType();
    }

    /** The qualified name of a declared type, without the type-use annotations its text would carry ({@code @Size}). */
    private static String declaredName(TypeMirror type) {
        return type instanceof javax.lang.model.type.DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString() : type.getKind().toString();
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** Gathers what the constraints of one attribute say, in the order Hibernate meets them. */
    private final class Collector {

        private final boolean string;
        private boolean notNull;
        private Integer length;
        private Integer precision;
        private Integer scale;
        private final List<String> checks = new ArrayList<>();

        Collector(boolean string) {
            this.string = string;
        }

        void top(AnnotationMirror mirror) {
            String name = name(mirror);
            if (name.endsWith(".List") && isConstraint(elements.getTypeElement(name.substring(0, name.length() - 5)))) {
                for (AnnotationMirror each : annotationList(mirror)) {
                    apply(each, true);
                }
            } else {
                apply(mirror, true);
            }
        }

        /** @param top whether the constraint is the attribute's own, whose groups decide; composing ones follow it */
        private void apply(AnnotationMirror mirror, boolean top) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (!isConstraint(type) || top && !inDefaultGroup(mirror)) {
                return;
            }
            String name = type.getQualifiedName().toString();
            Map<String, Object> values = values(mirror);
            if (NOT_NULL.contains(name)) {
                notNull = true;
            } else if ((name.equals(CONSTRAINTS + "Size") || name.equals(LENGTH)) && string) {
                int max = ((Number) values.getOrDefault("max", Integer.MAX_VALUE)).intValue();
                if (max < Integer.MAX_VALUE) {
                    length = max;
                }
            } else if (name.equals(CONSTRAINTS + "Digits")) {
                int integer = ((Number) values.get("integer")).intValue();
                int fraction = ((Number) values.get("fraction")).intValue();
                precision = integer + fraction;
                scale = fraction;
            } else if (name.equals(CONSTRAINTS + "Min") || name.equals(CONSTRAINTS + "Max")) {
                long value = ((Number) values.get("value")).longValue();
                String operator = name.endsWith("Min") ? ">=" : "<=";
                checks.add(operator + value);
            }
            if (!orComposition(type)) {
                for (AnnotationMirror composing : type.getAnnotationMirrors()) {
                    apply(composing, false);
                }
            }
        }

        Applied applied() {
            return new Applied(notNull, length, precision, scale, List.copyOf(checks));
        }

        private Map<String, Object> values(AnnotationMirror mirror) {
            Map<String, Object> values = new java.util.HashMap<>();
            elements.getElementValuesWithDefaults(mirror).forEach((k, v) -> values.put(k.getSimpleName().toString(),
                    v.getValue()));
            return values;
        }

        private boolean inDefaultGroup(AnnotationMirror mirror) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
                if (e.getKey().getSimpleName().contentEquals("groups") && e.getValue().getValue() instanceof List<?> groups
                        && !groups.isEmpty()) {
                    return groups.stream().anyMatch(g -> g.toString().equals(DEFAULT_GROUP + ".class"));
                }
            }
            return true;
        }

        private boolean orComposition(TypeElement type) {
            return type.getAnnotationMirrors().stream().filter(m -> name(m).equals(COMPOSITION))
                    .anyMatch(m -> values(m).values().stream().anyMatch(v -> v.toString().equals("OR")));
        }

        private List<AnnotationMirror> annotationList(AnnotationMirror container) {
            List<AnnotationMirror> list = new ArrayList<>();
            if (values(container).get("value") instanceof List<?> each) {
                for (Object v : each) {
                    if (v instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror m) {
                        list.add(m);
                    }
                }
            }
            return list;
        }
    }

    private static boolean isConstraint(TypeElement type) {
        return type != null && type.getAnnotationMirrors().stream().anyMatch(m -> name(m).equals(CONSTRAINT));
    }
}
