package dev.optionsdeep.migrate.processor.read;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the read stage learns from the compiler, kept while the entities of a compilation are read: each
 * element's {@link Mapping} (read once, however many steps ask for it) and each annotation type's
 * qualified name (javac makes a new {@code String} from its name table on every call). The elements
 * of one call are stable; a later round or compilation gets a new cache, so nothing outlives the
 * compilation. Outside {@link #within} (as in unit tests), nothing is kept.
 */
public final class ReadCache {

    /** The cache of the {@code process} call running on this thread: one compilation is one thread. */
    private static final ThreadLocal<ReadCache> CURRENT = new ThreadLocal<>();

    private final Elements elements;
    private final Map<Element, Mapping> mappings = new IdentityHashMap<>();
    private final Map<Element, String> names = new IdentityHashMap<>();
    private final Map<Element, Map<String, AnnotationValue>> defaults = new IdentityHashMap<>();

    private ReadCache(Elements elements) {
        this.elements = elements;
    }

    /** Runs {@code work} with a fresh cache, dropped when it returns. */
    public static void within(Elements elements, Runnable work) {
        ReadCache outer = CURRENT.get();
        CURRENT.set(new ReadCache(elements));
        try {
            work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** {@code element}'s mapping from the cache, or {@code read} made without one. */
    static Mapping mapping(Element element, Elements elements, java.util.function.BiFunction<Element, Elements, Mapping> read) {
        ReadCache cache = CURRENT.get();
        if (cache == null) {
            return read.apply(element, elements);
        }
        // Resolved with the compilation's Elements whether or not the caller asked for defaults: an accessor
        // that reads only written values answers the same either way.
        return cache.mappings.computeIfAbsent(element, e -> read.apply(e, elements == null ? cache.elements : elements));
    }

    /**
     * The default values of the annotation's type by attribute name (an attribute without a default is absent), as
     * {@code Elements.getElementValuesWithDefaults} adds them to the values written: read once per annotation type.
     */
    static Map<String, AnnotationValue> defaults(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        ReadCache cache = CURRENT.get();
        if (cache == null) {
            return defaultsOf(type);
        }
        Map<String, AnnotationValue> found = cache.defaults.get(type);
        if (found == null) {
            found = defaultsOf(type);
            cache.defaults.put(type, found);
        }
        return found;
    }

    private static Map<String, AnnotationValue> defaultsOf(Element type) {
        Map<String, AnnotationValue> out = new HashMap<>();
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getDefaultValue() != null) {
                out.putIfAbsent(method.getSimpleName().toString(), method.getDefaultValue());
            }
        }
        return out;
    }

    /** The qualified name of the annotation's type. */
    static String qualifiedName(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        ReadCache cache = CURRENT.get();
        if (cache == null) {
            return ((TypeElement) type).getQualifiedName().toString();
        }
        return cache.names.computeIfAbsent(type, t -> ((TypeElement) t).getQualifiedName().toString());
    }
}
