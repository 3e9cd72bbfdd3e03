package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without {@code -Amigrate.naming}, a Spring Boot application gets Boot's naming (snake case, and join tables named
 * after the owning attribute), unless its {@code application.properties} names other strategies; any other
 * application Hibernate's default. SnakeCaseParityIT checks {@code spring} naming against Hibernate with Boot's
 * own strategies.
 */
class SpringBootNamingTest {

    private static final JavaFileObject BOOT = Sources.source("org.springframework.boot.autoconfigure.SpringBootApplication", """
            package org.springframework.boot.autoconfigure;
            public @interface SpringBootApplication {}
            """);

    private static final JavaFileObject POST = Sources.entity("BlogPost", """
            @Entity
            public class BlogPost {
              @Id private Long id;
              private String titleText;
              @ManyToMany private Set<PostTag> relatedTags;
            }
            """);

    private static final JavaFileObject TAG = Sources.entity("PostTag", """
            @Entity
            public class PostTag {
              @Id private Long id;
            }
            """);

    @Test
    void aSpringBootApplicationGetsBootsNaming() {
        Compilation compilation = Sources.compileWithoutOptions(BOOT, POST, TAG);
        assertThat(compilation).succeeded();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("table blog_post_related_tags\n"), described);
        assertTrue(described.contains("  title_text character varying(255) null\n"), described);
    }

    @Test
    void anyOtherApplicationGetsHibernatesDefault() {
        Compilation compilation = Sources.compileWithoutOptions(POST, TAG);
        assertThat(compilation).succeeded();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("table blogpost_posttag\n"), described);
        assertTrue(described.contains("  titletext character varying(255) null\n"), described);
    }

    @Test
    void theOptionWins() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case"), BOOT, POST, TAG);
        assertThat(compilation).succeeded();
        assertTrue(Sources.describe(compilation, "default").contains("table blog_post_post_tag\n"));
    }

    @TempDir
    Path output;

    @Test
    void applicationPropertiesNamingTheStrategiesAreFollowed() throws Exception {
        Files.writeString(output.resolve("application.properties"), """
                spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                spring.jpa.hibernate.naming.implicit-strategy=org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                """);
        assertTrue(compileInto(output).contains("\"name\": \"blogpost_posttag\""));
    }

    @Test
    void aStrategyMigrateDoesNotKnowIsReported() throws Exception {
        Files.writeString(output.resolve("application.yml"), """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: com.acme.PrefixedNames
                """);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String snapshot = compileInto(output, diagnostics);
        assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getMessage(null).contains(
                "physical strategy com.acme.PrefixedNames")), diagnostics.getDiagnostics().toString());
        assertTrue(snapshot.contains("\"problems\""), snapshot);
    }

    private static String compileInto(Path output) throws Exception {
        return compileInto(output, new DiagnosticCollector<>());
    }

    /** Real javac into a class output that holds the application's configuration, as Maven's resources phase leaves it. */
    private static String compileInto(Path output, DiagnosticCollector<JavaFileObject> diagnostics) throws Exception {
        Path sources = Files.createDirectories(output.resolve("../sources-" + output.getFileName()));
        for (JavaFileObject source : List.of(BOOT, POST, TAG)) {
            Path file = sources.resolve(source.getName().replaceFirst("^/", ""));
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getCharContent(true));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
             var walked = Files.walk(sources)) {
            List<Path> files = walked.filter(p -> p.toString().endsWith(".java")).toList();
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics,
                    List.of("-d", output.toString(), "-proc:only", "-Amigrate.check=false",
                            "-classpath", System.getProperty("java.class.path")),
                    null, manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            task.call();
        }
        return Files.readString(output.resolve("META-INF/migrate/default.schema.json"));
    }
}
