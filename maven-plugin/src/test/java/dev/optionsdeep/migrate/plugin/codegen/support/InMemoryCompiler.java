package dev.optionsdeep.migrate.plugin.codegen.support;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compiles one source file in memory against the test classpath and loads the class, the way a
 * user's build would compile a generated migration. Warnings count as failures, so generated code
 * must be as clean as hand-written code.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {
    }

    /**
     * @throws IllegalStateException with javac's diagnostics when the source does not compile cleanly
     */
    public static Class<?> compile(String qualifiedName, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        JavaFileManager files = new ClassesInMemory(
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8), classes);
        // No annotation processing: processors on the test classpath are not what is under test.
        List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                List.of(new SourceInMemory(qualifiedName, source))).call();
        if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
            throw new IllegalStateException("javac rejected " + qualifiedName + ":\n"
                    + diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " at line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"))
                    + "\n--- source ---\n" + source);
        }
        try {
            return new DefiningLoader(classes).loadClass(qualifiedName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("javac wrote no class " + qualifiedName + ", only " + classes.keySet(), e);
        }
    }

    /** Compiles, loads and instantiates through the public no-argument constructor. */
    public static <T> T instantiate(String qualifiedName, String source, Class<T> type) {
        try {
            return type.cast(compile(qualifiedName, source).getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + qualifiedName, e);
        }
    }

    private static final class SourceInMemory extends SimpleJavaFileObject {
        private final String source;

        SourceInMemory(String qualifiedName, String source) {
            super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }

    private static final class ClassesInMemory extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        ClassesInMemory(JavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                }
            };
        }
    }

    /** Child of the test's loader, so the loaded class sees the same Migration and Operations. */
    private static final class DefiningLoader extends ClassLoader {
        private final Map<String, ByteArrayOutputStream> classes;

        DefiningLoader(Map<String, ByteArrayOutputStream> classes) {
            super(InMemoryCompiler.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] code = bytes.toByteArray();
            return defineClass(name, code, 0, code.length);
        }
    }
}
