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

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args)));
    }
}
