package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A relationship to a class the application maps in XML (a {@code .hbm.xml} file listed in
 * {@code META-INF/persistence.xml}, as OpenOLAT maps its identities): Hibernate reads the file, Migrate reads
 * annotations only, and says so naming the file, where it used to say that Hibernate refuses the relationship.
 */
class XmlMappingTest {

    @TempDir
    Path output;

    @Test
    void aRelationshipToAClassMappedInXmlNamesTheFile() throws Exception {
        Files.createDirectories(output.resolve("META-INF"));
        Files.writeString(output.resolve("META-INF/persistence.xml"), """
                <persistence version="3.0"><persistence-unit name="default">
                  <mapping-file>com/acme/Person.hbm.xml</mapping-file>
                  <class>com.acme.Membership</class>
                </persistence-unit></persistence>
                """);
        Files.createDirectories(output.resolve("com/acme"));
        Files.writeString(output.resolve("com/acme/Person.hbm.xml"), """
                <hibernate-mapping package="com.acme">
                  <class name="Person" table="acme_person"><id name="key" column="id" type="long"/></class>
                </hibernate-mapping>
                """);
        DiagnosticCollector<JavaFileObject> diagnostics = compile("""
                package com.acme;
                public class Person { private Long key; }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity public class Membership {
                  @Id private Long id;
                  @ManyToOne(targetEntity = Person.class) private Object person;
                }
                """);
        assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(null).contains("[MIGRATE-123]"
                        + " Membership.person is @ManyToOne to com.acme.Person, which the application maps in XML"
                        + " (com/acme/Person.hbm.xml): Hibernate reads that file, Migrate reads annotations only")),
                diagnostics.getDiagnostics().toString());
    }

    /** OpenMRS lists its .hbm.xml files in Hibernate's own configuration file, which Spring loads, not in JPA's. */
    @Test
    void aClassMappedInAFileThatHibernateCfgXmlListsIsNamedToo() throws Exception {
        Files.writeString(output.resolve("hibernate.cfg.xml"), """
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration><session-factory>
                  <mapping resource="com/acme/db/Person.hbm.xml" />
                </session-factory></hibernate-configuration>
                """);
        Files.createDirectories(output.resolve("com/acme/db"));
        Files.writeString(output.resolve("com/acme/db/Person.hbm.xml"), """
                <hibernate-mapping package="com.acme">
                  <class name="Person" table="person"><id name="key" column="person_id" type="int"/></class>
                </hibernate-mapping>
                """);
        DiagnosticCollector<JavaFileObject> diagnostics = compile("""
                package com.acme;
                public class Person { private Integer key; }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity public class Visit {
                  @Id private Integer id;
                  @ManyToOne private Person patient;
                }
                """);
        assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(null).contains("[MIGRATE-123]"
                        + " Visit.patient is @ManyToOne to com.acme.Person, which the application maps in XML"
                        + " (com/acme/db/Person.hbm.xml)")), diagnostics.getDiagnostics().toString());
    }

    @Test
    void withoutXmlMappingsTheClassIsNoEntity() throws Exception {
        DiagnosticCollector<JavaFileObject> diagnostics = compile("""
                package com.acme;
                public class Person { private Long key; }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity public class Membership {
                  @Id private Long id;
                  @ManyToOne(targetEntity = Person.class) private Object person;
                }
                """);
        assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(null).contains(
                "com.acme.Person is no @Entity, so Migrate does not know its table")), diagnostics.getDiagnostics().toString());
    }

    /** Real javac into a class output holding the mappings, as Maven's resources phase leaves it. */
    private DiagnosticCollector<JavaFileObject> compile(String... sources) throws Exception {
        Path dir = Files.createDirectories(output.resolve("../sources-" + output.getFileName() + "/com/acme"));
        List<Path> files = new java.util.ArrayList<>();
        for (String source : sources) {
            String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
            files.add(Files.writeString(dir.resolve(name + ".java"), source));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics,
                    List.of("-d", output.toString(), "-proc:only", "-Amigrate.check=false",
                            "-classpath", System.getProperty("java.class.path")),
                    null, manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            task.call();
        }
        return diagnostics;
    }
}
