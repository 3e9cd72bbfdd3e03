package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Which fields or getters are the persistent attributes of a class, as Hibernate 7 decides it
 * ({@code InheritanceState} and {@code PropertyContainer}): the access type of the hierarchy, the
 * {@code @Access} of a class or of one member, and what counts as a getter.
 */
public final class AttributeCollector {

    public enum Access { FIELD, PROPERTY }

    private AttributeCollector() {
    }

    /**
     * The access type of an entity's hierarchy: {@code @Access} on its topmost class when that class
     * is an entity or mapped superclass (Hibernate looks nowhere else for it); otherwise where the
     * first {@code @Id} is found, from the entity upwards, getters of a class before its fields.
     * Field access when there is no {@code @Id} at all (reported elsewhere).
     */
    public static Access defaultAccess(TypeElement entity) {
        TypeElement top = entity;
        for (TypeElement t = entity; t != null; t = superclass(t)) {
            top = t;
        }
        Optional<AnnotationMirror> topAccess = JpaAnnotations.find(top, JpaAnnotations.ACCESS);
        if (topAccess.isPresent() && isMapped(top)) {
            return accessOf(topAccess.get());
        }
        for (TypeElement t = entity; t != null; t = superclass(t)) {
            if (!isMapped(t)) {
                continue;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(t.getEnclosedElements())) {
                if (propertyName(method) != null && JpaAnnotations.has(method, JpaAnnotations.ID)) {
                    return Access.PROPERTY;
                }
            }
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (JpaAnnotations.has(field, JpaAnnotations.ID)) {
                    return Access.FIELD;
                }
            }
        }
        return Access.FIELD;
    }

    /**
     * The classes whose attributes an entity (or embeddable) declares itself: its mapped superclasses
     * up to the next entity, topmost first, then the class. Plain classes in between contribute
     * nothing, as in JPA.
     */
    public static List<TypeElement> ownChain(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        chain.add(type);
        for (TypeElement t = superclass(type); t != null && !JpaAnnotations.has(t, JpaAnnotations.ENTITY);
             t = superclass(t)) {
            if (JpaAnnotations.has(t, JpaAnnotations.MAPPED_SUPERCLASS)) {
                chain.add(0, t);
            }
        }
        return chain;
    }

    /** The entities {@code entity} extends, topmost first. */
    public static List<TypeElement> entityAncestors(TypeElement entity) {
        List<TypeElement> ancestors = new ArrayList<>();
        for (TypeElement t = superclass(entity); t != null; t = superclass(t)) {
            if (JpaAnnotations.has(t, JpaAnnotations.ENTITY)) {
                ancestors.add(0, t);
            }
        }
        return ancestors;
    }

    /** The superclass, or null above {@code Object} and for types javac could not resolve. */
    public static TypeElement superclass(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) s).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    /**
     * The access type of a class: its own {@code @Access}, else {@code inherited} (the hierarchy's,
     * or for an embeddable and its mapped superclasses, the one {@code bind.AttributeMapper} works out).
     */
    public static Access classAccess(TypeElement type, Access inherited) {
        Optional<AnnotationMirror> access = JpaAnnotations.find(type, JpaAnnotations.ACCESS);
        return access.isPresent() ? accessOf(access.get()) : inherited;
    }

    /**
     * The attributes {@code type} declares, in declaration order: members with their own
     * {@code @Access}, then fields or getters as the class's access type says. Static, transient
     * and {@code @Transient} members are skipped. Null after reporting getters Hibernate cannot use;
     * warns of mapping annotations it would ignore.
     *
     * @param atStake the entity (or embedded type) being mapped, which gives the type variables of a
     *                generic superclass their values: {@code ID id} of {@code Base<Long>} is a Long
     */
    public static List<Attribute> declared(TypeElement type, DeclaredType atStake, Access classAccess, Types types,
                                    Exclusions exclusions, Report report) {
        java.util.Set<String> excluded = excluded(type, exclusions);
        List<VariableElement> fields = new ArrayList<>();
        List<ExecutableElement> getters = new ArrayList<>();
        AttributeMembers.collect(type, excluded, fields, getters);
        Map<String, Element> chosen = new LinkedHashMap<>();
        boolean ok = true;
        for (VariableElement f : fields) {
            if (memberAccess(f).orElse(null) == Access.FIELD) {
                chosen.put(f.getSimpleName().toString(), f);
            }
        }
        for (ExecutableElement g : getters) {
            if (memberAccess(g).orElse(null) == Access.PROPERTY) {
                ok &= choose(chosen, g, type, report);
            }
        }
        if (classAccess == Access.FIELD) {
            for (VariableElement f : fields) {
                chosen.putIfAbsent(f.getSimpleName().toString(), f);
            }
        } else {
            for (ExecutableElement g : getters) {
                Element existing = chosen.get(propertyName(g));
                // A field with its own @Access(FIELD) wins over the getter; two getters of one name clash.
                if (existing != g && !(existing instanceof VariableElement)) {
                    ok &= choose(chosen, g, type, report);
                }
            }
        }
        if (!ok) {
            return null;
        }
        warnIgnoredAnnotations(type, classAccess, chosen, report);
        List<Attribute> out = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) { // declaration order, whatever chose the member
            if (chosen.containsValue(member)) {
                out.add(attribute(member, type, atStake, types));
            }
        }
        return out;
    }

    /**
     * The attributes of {@code type} the user manages by hand: {@code @Unmanaged} on the field or on the
     * getter leaves out both (whichever the access type picks), as does {@code -Amigrate.exclude=Type#name}.
     * They are skipped like {@code @Transient} ones, so nothing about them is reported.
     */
    private static java.util.Set<String> excluded(TypeElement type, Exclusions exclusions) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Element member : type.getEnclosedElements()) { // one loop over the members, per class read
            ElementKind kind = member.getKind();
            String name = kind == ElementKind.FIELD || kind == ElementKind.ENUM_CONSTANT
                    ? member.getSimpleName().toString()
                    : kind == ElementKind.METHOD ? propertyName((ExecutableElement) member) : null;
            if (name != null && (Exclusions.isUnmanaged(member) || exclusions.excludesAttribute(type, name))) {
                out.add(name);
            }
        }
        return out;
    }

    /** Adds a getter, or reports why Hibernate would refuse it. */
    private static boolean choose(Map<String, Element> chosen, ExecutableElement getter, TypeElement type, Report report) {
        String name = propertyName(getter);
        Element previous = chosen.get(name);
        if (previous instanceof ExecutableElement other) {
            report.error(Code.INVALID_PROPERTY, type.getSimpleName() + "." + other.getSimpleName() + "() and "
                    + getter.getSimpleName() + "() are both getters of the property " + name + ", which Hibernate"
                    + " refuses as ambiguous. Rename one, or mark one @Transient", getter);
            return false;
        }
        if (!hasSetter(type, getter, name)) {
            report.error(Code.INVALID_PROPERTY, type.getSimpleName() + "." + getter.getSimpleName() + "() is a"
                    + " persistent property under property access, but " + type.getSimpleName() + " has no setter"
                    + " for it, so Hibernate fails at start-up (\"Could not locate setter method for property '"
                    + name + "'\"). Add a setter set" + setterSuffix(getter) + "(…), or mark the getter @Transient if"
                    + " it is not stored", getter);
            return false;
        }
        chosen.put(name, getter);
        return true;
    }

    /**
     * Mapping annotations on members the access type leaves out (a {@code @Column} on a field under
     * property access) change nothing in Hibernate's schema, which is rarely what their author meant.
     */
    private static void warnIgnoredAnnotations(TypeElement type, Access classAccess, Map<String, Element> chosen,
                                               Report report) {
        for (Element member : type.getEnclosedElements()) {
            boolean candidate = classAccess == Access.PROPERTY
                    ? member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)
                    : member instanceof ExecutableElement m && propertyName(m) != null;
            if (!candidate || chosen.containsValue(member)) {
                continue;
            }
            for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
                String simple = JpaAnnotations.simpleName(mirror);
                if (JpaAnnotations.isJpa(mirror) && !simple.equals(JpaAnnotations.TRANSIENT)
                        && !simple.equals(JpaAnnotations.ACCESS)) {
                    String access = classAccess == Access.PROPERTY ? "property access (getters)" : "field access";
                    report.warning(Code.IGNORED_ATTRIBUTE, "@" + simple + " on " + type.getSimpleName() + "."
                            + member.getSimpleName() + (member.getKind() == ElementKind.METHOD ? "()" : "") + " has no"
                            + " effect: " + type.getSimpleName() + " uses " + access + ", so Hibernate reads the"
                            + " mapping from the " + (classAccess == Access.PROPERTY ? "getters" : "fields")
                            + ". Move the annotation there, or give this member @Access to map it as it is",
                            member, mirror, null);
                    break;
                }
            }
        }
    }

    private static Attribute attribute(Element member, TypeElement type, DeclaredType atStake, Types types) {
        TypeMirror resolved;
        try {
            resolved = types.asMemberOf(atStake, member);
        } catch (IllegalArgumentException e) {
            resolved = member.asType(); // not a member of atStake: nothing generic to resolve
        }
        if (member instanceof ExecutableElement getter) {
            TypeMirror returned = resolved instanceof javax.lang.model.type.ExecutableType method
                    ? method.getReturnType() : getter.getReturnType();
            return new Attribute(propertyName(getter), getter, returned, type);
        }
        return new Attribute(member.getSimpleName().toString(), member, resolved, type);
    }

    /**
     * The JavaBean property a method is the getter of, or null: an instance method without
     * parameters, named {@code getX} returning something or {@code isX} returning a boolean.
     */
    public static String propertyName(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String name = method.getSimpleName().toString();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && isBoolean(method.getReturnType())) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    /** {@code java.beans.Introspector}'s rule: {@code Name} → {@code name}, but {@code URL} stays {@code URL}. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Boolean");
    }

    /** Hibernate's setter lookup: {@code setX} with one parameter, in the class or a superclass. */
    private static boolean hasSetter(TypeElement type, ExecutableElement getter, String property) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
                String name = m.getSimpleName().toString();
                if (name.startsWith("set") && name.length() > 3 && m.getParameters().size() == 1
                        && !m.getModifiers().contains(Modifier.STATIC)
                        && (name.substring(3).equals(property) || decapitalize(name.substring(3)).equals(property))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String setterSuffix(ExecutableElement getter) {
        String name = getter.getSimpleName().toString();
        return name.startsWith("get") ? name.substring(3) : name.substring(2);
    }

    /** The access type a member's own {@code @Access} gives, if it has one. */
    public static Optional<Access> memberAccess(Element member) {
        Optional<AnnotationMirror> access = JpaAnnotations.find(member, JpaAnnotations.ACCESS);
        return access.isPresent() ? Optional.of(accessOf(access.get())) : Optional.empty();
    }

    private static Access accessOf(AnnotationMirror access) {
        // @Access's value has no default, so it is always written out.
        for (AnnotationValue v : access.getElementValues().values()) {
            if (((VariableElement) v.getValue()).getSimpleName().contentEquals("PROPERTY")) {
                return Access.PROPERTY;
            }
        }
        return Access.FIELD;
    }

    /** Entities and mapped superclasses: the classes whose annotations decide a hierarchy's access type. */
    private static boolean isMapped(TypeElement type) {
        return JpaAnnotations.has(type, JpaAnnotations.ENTITY) || JpaAnnotations.has(type, JpaAnnotations.MAPPED_SUPERCLASS);
    }
}
