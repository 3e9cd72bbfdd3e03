package dev.optionsdeep.migrate.processor;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The problems found while reading one thing (an entity, a round's aggregate). Readers only add to
 * a report; {@link Diagnostics} is the one class that prints, which keeps reading a pure function
 * of the source model and makes "abandon this entity" a question of {@link #abandons()}, whatever
 * kind the compiler prints it as (a warning by default, an error in strict mode).
 */
public final class Report {

    private final List<Problem> problems = new ArrayList<>();

    public void error(Code code, String message, Element element) {
        add(new Problem(code, message, element, null, null));
    }

    public void error(Code code, String message, Element element, AnnotationMirror annotation) {
        add(new Problem(code, message, element, annotation, null));
    }

    public void error(Code code, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        add(new Problem(code, message, element, annotation, value));
    }

    /** A warning; the code decides the kind, the method name only reads better at call sites. */
    public void warning(Code code, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        add(new Problem(code, message, element, annotation, value));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    /**
     * Takes back the warnings of {@code code} at {@code element}: what a later stage learns (a column shared
     * with a relationship or the key) may show that they do not apply.
     */
    public void withdraw(Code code, Element element) {
        problems.removeIf(p -> p.code() == code && !p.abandons() && element.equals(p.element()));
    }

    void addAll(Report other) {
        problems.addAll(other.problems);
    }

    /** Whether something read cannot be mapped: the entity or attribute is abandoned, the snapshot incomplete. */
    boolean abandons() {
        return problems.stream().anyMatch(Problem::abandons);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
