package dev.optionsdeep.migrate.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.Processor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * How long the processor itself takes (its {@code init} and {@code process} calls, not javac's own
 * work; CPU time of the compiling thread, and wall time) on a generated model of N entities with embeddables, to-one and to-many relationships, join
 * tables, element collections and JOINED hierarchies. Prints a table; asserts nothing, and is no test.
 * Also prints the snapshot's SHA-256, so that a restructuring can show it writes the same bytes.
 *
 * <pre>
 * mvn -pl annotation-processor test-compile
 * java -cp annotation-processor/target/test-classes:annotation-processor/target/classes:runtime/target/classes:\
 *     $HOME/.m2/repository/jakarta/persistence/jakarta.persistence-api/3.2.0/jakarta.persistence-api-3.2.0.jar \
 *     dev.optionsdeep.migrate.processor.ProcessorTiming 500 7
 * </pre>
 */
public final class ProcessorTiming {

    private ProcessorTiming() {
    }

    public static void main(String[] args) throws IOException {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path work = Files.createTempDirectory("processor-timing");
        List<Path> sources = generate(work.resolve("src"), entities);
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        String digest = null;
        for (int run = 0; run <= runs; run++) { // run 0 warms the JIT up and is not counted
            Path out = Files.createDirectories(work.resolve("out" + run));
            Timed timed = new Timed(new EntityProcessor());
            compile(sources, out, timed);
            if (run > 0) {
                millis.add(timed.nanos / 1_000_000);
                cpuMillis.add(timed.cpuNanos / 1_000_000);
            }
            digest = sha256(out.resolve("META-INF/migrate/timing.schema.json"));
        }
        millis.sort(Long::compare);
        cpuMillis.sort(Long::compare);
        System.out.printf("%n| entities | runs | processor CPU median ms | CPU min ms | wall median ms | wall min ms"
                + " | snapshot sha-256 |%n");
        System.out.printf("|---|---|---|---|---|---|---|%n");
        System.out.printf("| %d | %d | %d | %d | %d | %d | %s |%n", entities, runs, cpuMillis.get(cpuMillis.size() / 2),
                cpuMillis.get(0), millis.get(millis.size() / 2), millis.get(0), digest.substring(0, 16));
        System.out.println("last snapshot: " + work.resolve("out" + runs + "/META-INF/migrate/timing.schema.json"));
    }

    private static void compile(List<Path> sources, Path out, Processor processor) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (var files = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                    "-Amigrate.check=false", "-proc:only");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null, units);
            task.setProcessors(List.of(processor));
            if (!task.call()) {
                throw new IllegalStateException("the generated model did not compile");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated model: groups of ten entities, each group a small domain of its own. */
    private static List<Path> generate(Path root, int entities) throws IOException {
        Path pkg = Files.createDirectories(root.resolve("timing"));
        List<Path> out = new ArrayList<>();
        out.add(write(pkg, "package-info", "@dev.optionsdeep.migrate.Database(\"timing\")\npackage timing;\n"));
        out.add(write(pkg, "Address", """
                package timing;
                @jakarta.persistence.Embeddable
                public class Address {
                    private String street;
                    @jakarta.persistence.Column(length = 20) private String zip;
                    private String city;
                }
                """));
        for (int i = 0; i < entities; i++) {
            out.add(write(pkg, "Entity" + i, entity(i)));
        }
        return out;
    }

    private static String entity(int i) {
        boolean joinedRoot = i % 10 == 0;
        boolean joinedChild = i % 10 == 1;
        String parent = i % 10 > 1 ? "Entity" + (i - 1) : null;
        StringBuilder body = new StringBuilder("package timing;\nimport jakarta.persistence.*;\nimport java.util.*;\n");
        body.append(joinedRoot ? "@Inheritance(strategy = InheritanceType.JOINED)\n" : "");
        body.append("@Entity @Table(name = \"entity_").append(i).append("\", indexes = @Index(columnList = \"code\"))\n");
        body.append("public class Entity").append(i).append(joinedChild ? " extends Entity" + (i - 1) : "").append(" {\n");
        if (!joinedChild) {
            body.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
        }
        body.append("""
                    @Column(nullable = false, length = 40) private String code;
                    @Column(precision = 18, scale = 4) private java.math.BigDecimal price;
                    private java.time.Instant createdAt;
                    @Enumerated(EnumType.STRING) private java.time.DayOfWeek day;
                    @Embedded private Address address;
                """);
        if (parent != null) {
            body.append("    @ManyToOne(optional = false) private ").append(parent).append(" parent;\n");
        }
        if (i % 10 > 1 && i % 10 < 9) {
            body.append("    @OneToMany(mappedBy = \"parent\") private Set<Entity").append(i + 1).append("> children;\n");
        }
        if (i % 5 == 2) {
            body.append("    @ManyToMany private List<Entity").append(i + 1).append("> related;\n");
        }
        if (i % 10 == 3) {
            body.append("    @ElementCollection private Set<String> tags;\n");
        }
        return body.append("}\n").toString();
    }

    private static Path write(Path pkg, String name, String text) throws IOException {
        return Files.writeString(pkg.resolve(name + ".java"), text);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The processor, with the time spent in it added up. */
    private static final class Timed implements Processor {
        private final Processor delegate;
        private long nanos;
        /** CPU time of the compiling thread in the processor: less at the mercy of a busy machine than wall time. */
        private long cpuNanos;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

        Timed(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void init(ProcessingEnvironment env) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            delegate.init(env);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            nanos += System.nanoTime() - start;
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            boolean claimed = delegate.process(annotations, round);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            nanos += System.nanoTime() - start;
            return claimed;
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
                javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror annotation,
                javax.lang.model.element.ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }
}
