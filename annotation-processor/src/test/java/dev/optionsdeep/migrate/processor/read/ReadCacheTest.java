package dev.optionsdeep.migrate.processor.read;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Within a {@link ReadCache}, an element's annotations are read once; outside, every call reads them again. */
class ReadCacheTest {

    @Test
    void anElementsMappingIsReadOncePerCompilation() {
        List<String> checked = new ArrayList<>();
        compile("""
                @jakarta.persistence.Entity
                public class Item {
                    @jakarta.persistence.Id @jakarta.persistence.Column(length = 40) private String code;
                }
                """, (elements, field) -> {
            assertNotSame(Mapping.of(field, elements), Mapping.of(field, elements)); // no cache: read each time
            ReadCache.within(elements, () -> {
                Mapping first = Mapping.of(field, elements);
                assertSame(first, Mapping.of(field, elements));
                assertSame(first, Mapping.written(field)); // and resolves defaults, as written() needs none
                assertSame(first.jpa(JpaAnnotations.COLUMN).orElseThrow(), first.jpa(JpaAnnotations.COLUMN).orElseThrow()); // defaults resolved once
                assertEquals(40, first.jpa(JpaAnnotations.COLUMN).orElseThrow().integer("length", 255));
                assertEquals(255, first.jpa(JpaAnnotations.COLUMN).orElseThrow().integer("missing", 255));
                assertEquals(40, first.declaredColumn().orElseThrow().length()); // the typed record bind takes
                assertEquals("Column", JpaAnnotations.simpleName(first.columnAnnotation().orElseThrow()));
                checked.add(field.getSimpleName().toString());
            });
            assertNotSame(Mapping.of(field, elements), Mapping.of(field, elements)); // dropped after the compilation
        });
        assertEquals(List.of("code"), checked);
    }

    private static void compile(String source, java.util.function.BiConsumer<Elements, Element> check) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var file = new SimpleJavaFileObject(URI.create("string:///Item.java"), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var task = javac.getTask(null, null, null, List.of("-proc:only", "-classpath", System.getProperty("java.class.path")),
                null, List.of(file));
        task.setProcessors(List.of(new Probe(check)));
        assertTrue(task.call());
    }

    @SupportedAnnotationTypes("*")
    private static final class Probe extends AbstractProcessor {
        private final java.util.function.BiConsumer<Elements, Element> check;

        Probe(java.util.function.BiConsumer<Elements, Element> check) {
            this.check = check;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
                ElementFilter.fieldsIn(type.getEnclosedElements())
                        .forEach(f -> check.accept(processingEnv.getElementUtils(), f));
            }
            return false;
        }
    }
}
