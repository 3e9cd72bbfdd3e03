package dev.optionsdeep.migrate.processor;

import javax.tools.JavaFileObject;

import java.util.List;

/**
 * The part of the old {@code javax.persistence} API the tests use, as source: the jar is not on
 * the test class path (only {@code jakarta.persistence} is), and the processor must not care.
 */
final class JavaxPersistence {

    private JavaxPersistence() {
    }

    static List<JavaFileObject> api() {
        return List.of(
                annotation("Entity", "String name() default \"\";"),
                annotation("Id", ""),
                annotation("Transient", ""),
                annotation("GeneratedValue", "GenerationType strategy() default GenerationType.AUTO;"
                        + " String generator() default \"\";"),
                Sources.source("javax.persistence.GenerationType", """
                        package javax.persistence;
                        public enum GenerationType { TABLE, SEQUENCE, IDENTITY, AUTO }
                        """),
                annotation("Column", """
                        String name() default ""; boolean unique() default false; boolean nullable() default true;
                        boolean insertable() default true; boolean updatable() default true;
                        String columnDefinition() default ""; String table() default "";
                        int length() default 255; int precision() default 0; int scale() default 0;
                        """),
                annotation("Table", """
                        String name() default ""; String catalog() default ""; String schema() default "";
                        UniqueConstraint[] uniqueConstraints() default {}; Index[] indexes() default {};
                        """),
                annotation("Index", "String name() default \"\"; String columnList(); boolean unique() default false;"),
                annotation("UniqueConstraint", "String name() default \"\"; String[] columnNames();"),
                annotation("ManyToOne", ""));
    }

    private static JavaFileObject annotation(String name, String members) {
        return Sources.source("javax.persistence." + name, """
                package javax.persistence;
                public @interface %s { %s }
                """.formatted(name, members));
    }
}
