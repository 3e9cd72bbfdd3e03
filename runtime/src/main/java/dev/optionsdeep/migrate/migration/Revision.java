package dev.optionsdeep.migrate.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a migration class as one revision of a database's history. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /**
     * The revision id, unique within the database: {@code migrate:revision} writes twelve lowercase hex
     * digits; any id must follow {@link RevisionIds#RULE}, checked when the revisions are read.
     */
    String id();

    /** The revisions this one follows; empty for the first revision (it follows base). */
    String[] parents() default {};

    /** What the revision does, as given to {@code migrate:revision -Dmessage=…}. */
    String message();

    /** When the revision was generated, ISO-8601 in UTC. */
    String created() default "";

    /**
     * Names for the branch this revision starts, as given to {@code migrate:revision -DbranchLabel=…}:
     * targets such as {@code networking@head} then find the branch by name.
     */
    String[] branchLabels() default {};

    /**
     * Revisions, usually on other branches, that must be applied before this one although it does
     * not follow them ({@code migrate:revision -DdependsOn=…}).
     */
    String[] dependsOn() default {};
}
