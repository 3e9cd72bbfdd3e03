package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.MappingValues.Text;
import dev.optionsdeep.migrate.processor.read.RenameAnnotations;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import dev.optionsdeep.migrate.diff.RenameHints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads an entity's {@code @RenamedFrom} hints: on the class for its table, on its basic attributes
 * for their columns. Reports a hint that cannot mean a rename (a blank name, the current name, two
 * hints naming one old column, a hint on an attribute that maps to several columns).
 */
public final class RenameReader {

    public static final String ANNOTATION = RenameAnnotations.ANNOTATION;

    /**
     * A name for the element that holds across rounds (javac may hand out new element objects in a
     * later round): {@code com.example.Firm} or {@code com.example.Firm#symbol}.
     */
    public static String key(Element element) {
        if (element instanceof TypeElement t) {
            return t.getQualifiedName().toString();
        }
        return key(element.getEnclosingElement()) + "#" + element.getSimpleName();
    }

    /** The element of {@link #key}, as this round sees it; null when it is gone. */
    public static Element element(String key, Elements elements) {
        int hash = key.indexOf('#');
        TypeElement type = elements.getTypeElement(hash < 0 ? key : key.substring(0, hash));
        if (type == null || hash < 0) {
            return type;
        }
        String member = key.substring(hash + 1);
        return type.getEnclosedElements().stream().filter(e -> e.getSimpleName().contentEquals(member)
                && find(e).isPresent()).findFirst().orElse(null);
    }

    public static Optional<AnnotationMirror> find(Element element) {
        return RenameAnnotations.find(element);
    }

    /** The entity's hints, or null after reporting why one of them is impossible. */
    public RenameHints read(TypeElement entity, String table, List<MappedColumn> columns, Set<String> seen, Report report) {
        boolean ok = true;
        List<RenameHints.TableHint> tables = new ArrayList<>();
        Optional<Text> onEntity = RenameAnnotations.hint(entity);
        if (onEntity.isPresent()) {
            seen.add(key(entity));
            String old = onEntity.get().value();
            String problem = problem(old, table, "table");
            if (problem != null) {
                report.error(Code.INVALID_RENAME, "@RenamedFrom(\"" + old + "\") on @Entity " + entity.getSimpleName() + " "
                        + problem, entity, onEntity.get().mirror());
                ok = false;
            } else {
                tables.add(new RenameHints.TableHint(table, old));
            }
        }
        List<RenameHints.ColumnHint> hints = new ArrayList<>();
        Map<String, String> oldNames = new HashMap<>();
        Set<Element> reported = new HashSet<>();
        for (MappedColumn c : columns) {
            Element origin = c.origin();
            Optional<AnnotationMirror> onOrigin = RenameAnnotations.find(origin);
            if (origin != c.attribute().element() && onOrigin.isPresent()) {
                seen.add(key(origin));
                if (reported.add(origin)) {
                    report.error(Code.INVALID_RENAME, "@RenamedFrom on " + c.path().split("\\.")[0] + " of " + entity.getSimpleName()
                            + " names one old column, but the attribute maps to several. Put @RenamedFrom on the"
                            + " attributes of the embeddable, or rename these columns in a hand-written revision", origin, onOrigin.get());
                    ok = false;
                }
                continue;
            }
            Optional<Text> hint = RenameAnnotations.hint(c.attribute().element());
            if (hint.isEmpty()) {
                continue;
            }
            seen.add(key(c.attribute().element()));
            String old = hint.get().value();
            String column = c.column().name();
            String problem = problem(old, column, "column");
            String other = oldNames.putIfAbsent(old, column);
            if (problem == null && other != null) {
                problem = "names the same old column as the hint on the attribute mapped to " + other
                        + "; a column was renamed to one name only. Keep one of the two hints";
            }
            if (problem != null) {
                report.error(Code.INVALID_RENAME, "@RenamedFrom(\"" + old + "\") on " + c.attribute().member() + " " + problem,
                        c.attribute().element(), hint.get().mirror());
                ok = false;
            } else {
                hints.add(new RenameHints.ColumnHint(table, column, old));
            }
        }
        return ok ? new RenameHints(tables, hints) : null;
    }

    private static String problem(String old, String current, String what) {
        if (old.isBlank()) {
            return "names no old " + what + ". Give the " + what + "'s name before the rename, as the head revision has it";
        }
        if (old.equals(current)) {
            return "names the " + what + "'s current name " + current + ", so there is nothing to rename. Give the "
                    + what + "'s name before the rename, or remove the hint";
        }
        return null;
    }
}
