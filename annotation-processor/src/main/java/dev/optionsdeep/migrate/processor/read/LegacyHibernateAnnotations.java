package dev.optionsdeep.migrate.processor.read;

import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;

/**
 * Hibernate 3 and 4 annotations that Hibernate 6 no longer has, as models written for those lines carry them: what
 * to write instead, for the message that reports them. Their indexes are what Jakarta Persistence's
 * {@code @Table(indexes)} declares, which Migrate maps.
 */
public final class LegacyHibernateAnnotations {

    private static final String INDEX = "org.hibernate.annotations.Index";
    private static final String TABLE = "org.hibernate.annotations.Table";

    private LegacyHibernateAnnotations() {
    }

    /**
     * What follows "@X on where" in the message reporting {@code mirror}, when it is one of these annotations: why it
     * is not mapped and where its index goes instead; empty for any other annotation, and for a Hibernate
     * {@code @Table} without {@code indexes} (as Hibernate 6 still has it).
     */
    public static Optional<String> advice(AnnotationMirror mirror) {
        String name = JpaAnnotations.qualifiedName(mirror);
        if (name.equals(INDEX)) {
            return Optional.of(" (Hibernate's, which Hibernate 6 no longer has) is not mapped by Migrate. Declare the"
                    + " index on the entity instead: @Table(indexes = @Index(name = \"…\", columnList = \"<its column>\"))"
                    + " with Jakarta Persistence's @Index, which Migrate maps, and remove this one");
        }
        if (name.equals(TABLE) && mirror.getElementValues().keySet().stream()
                .anyMatch(e -> e.getSimpleName().contentEquals("indexes"))) {
            return Optional.of(" (Hibernate's @Table(appliesTo, indexes), whose indexes Hibernate 6 no longer reads)"
                    + " is not mapped by Migrate. Move its indexes to Jakarta Persistence's @Table(indexes = @Index("
                    + "name = \"…\", columnList = \"…\")), which Migrate maps, and remove this one");
        }
        return Optional.empty();
    }
}
