package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;

import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bug of ours becomes one compiler message asking for a bug report, never an exception out of javac:
 * a warning by default (adopting Migrate never breaks a build), an error in strict mode.
 */
class InternalErrorTest {

    @Test
    void anExceptionInsideTheProcessorIsReportedOnceAsABugWarning() {
        reportedOnce(Map.of(), Diagnostic.Kind.WARNING);
    }

    @Test
    void inStrictModeTheBugIsACompileError() {
        reportedOnce(Map.of("migrate.strict", "true"), Diagnostic.Kind.ERROR);
    }

    private static void reportedOnce(Map<String, String> options, Diagnostic.Kind kind) {
        List<String> errors = new ArrayList<>();
        Messager messager = proxy(Messager.class, (method, args) -> {
            errors.add(args[0] + " " + args[1]);
            return null;
        });
        Elements broken = proxy(Elements.class, (method, args) -> {
            throw new IllegalStateException("simulated bug");
        });
        ProcessingEnvironment env = proxy(ProcessingEnvironment.class, (method, args) -> switch (method) {
            case "getMessager" -> messager;
            case "getElementUtils" -> broken;
            case "getOptions" -> options;
            default -> null;
        });
        RoundEnvironment round = proxy(RoundEnvironment.class, (method, args) -> false);
        EntityProcessor processor = new EntityProcessor();
        processor.init(env);

        assertFalse(processor.process(Set.of(), round));
        assertFalse(processor.process(Set.of(), round));

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(kind + " [MIGRATE-100] Migrate's annotation processor failed unexpectedly"
                + " (java.lang.IllegalStateException: simulated bug"), errors.get(0));
        assertTrue(errors.get(0).contains("This is a bug in Migrate"), errors.get(0));
    }

    /**
     * Inside a real compilation: javac's own environment, with one lookup that fails once, as a bug of
     * ours would. The build still succeeds, and the snapshot says it is incomplete because of the crash.
     */
    @Test
    void aCrashLeavesAnIncompleteSnapshotAndAWarningNotABrokenBuild() {
        EntityProcessor inner = new EntityProcessor();
        javax.annotation.processing.Processor crashing = new javax.annotation.processing.AbstractProcessor() {
            @Override
            public synchronized void init(ProcessingEnvironment env) {
                super.init(env);
                boolean[] failed = {false};
                Elements real = env.getElementUtils();
                Elements once = (Elements) Proxy.newProxyInstance(Elements.class.getClassLoader(),
                        new Class<?>[] {Elements.class}, (p, method, args) -> {
                            if (method.getName().equals("getTypeElement") && !failed[0]
                                    && "com.example.Exchange".equals(String.valueOf(args[0]))) {
                                failed[0] = true;
                                throw new IllegalStateException("simulated bug");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                inner.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
                        new Class<?>[] {ProcessingEnvironment.class}, (p, method, args) -> {
                            if (method.getName().equals("getElementUtils")) {
                                return once;
                            }
                            return method.invoke(env, args);
                        }));
            }

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return inner.getSupportedAnnotationTypes();
            }

            @Override
            public Set<String> getSupportedOptions() {
                return inner.getSupportedOptions();
            }

            @Override
            public javax.lang.model.SourceVersion getSupportedSourceVersion() {
                return inner.getSupportedSourceVersion();
            }

            @Override
            public boolean process(Set<? extends javax.lang.model.element.TypeElement> annotations, RoundEnvironment round) {
                return inner.process(annotations, round);
            }
        };
        com.google.testing.compile.Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(crashing)
                .withOptions("-Amigrate.check=false").compile(
                        Sources.entity("Company", "@Entity public class Company { @Id private Long id; }"),
                        Sources.entity("Exchange", "@Entity public class Exchange { @Id private Long id; }"));

        com.google.testing.compile.CompilationSubject.assertThat(c).succeeded();
        com.google.testing.compile.CompilationSubject.assertThat(c).hadWarningContaining("[MIGRATE-100] Migrate's"
                + " annotation processor failed unexpectedly (java.lang.IllegalStateException: simulated bug");
        dev.optionsdeep.migrate.snapshot.Snapshot snapshot = dev.optionsdeep.migrate.snapshot.SnapshotCodec.read(
                Sources.snapshot(c, "default"), "default");
        assertEquals(List.of("MIGRATE-100 at Migrate's annotation processor"), snapshot.problems().stream()
                .map(p -> p.code() + " at " + p.where()).toList());
        assertTrue(snapshot.problems().get(0).message().contains("The schema snapshots are marked incomplete"),
                snapshot.problems().get(0).message());
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args)));
    }
}
