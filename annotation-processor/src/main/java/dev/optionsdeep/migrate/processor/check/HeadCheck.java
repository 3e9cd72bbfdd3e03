package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Problem;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.migration.RevisionPackages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds a database with several heads among the revision classes of the compilation. Only a
 * closed set of revisions (every parent present) is judged: an incremental compilation that sees
 * some revisions only must not report heads that are not.
 */
public final class HeadCheck {

    public static final String REVISION = "dev.optionsdeep.migrate.migration.Revision";

    private record Seen(TypeElement element, String id, List<String> parents) {
    }

    private final Map<String, List<Seen>> byPackage = new LinkedHashMap<>();
    private final Elements elements;

    public HeadCheck(Elements elements) {
        this.elements = elements;
    }

    /** Records a class annotated {@code @Revision}. */
    public void add(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (JpaAnnotations.qualifiedName(mirror).equals(REVISION)) {
                String id = null;
                List<String> parents = new ArrayList<>();
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
                    String name = e.getKey().getSimpleName().toString();
                    if (name.equals("id")) {
                        id = String.valueOf(e.getValue().getValue());
                    } else if (name.equals("parents") && e.getValue().getValue() instanceof List<?> values) {
                        values.forEach(v -> parents.add(String.valueOf(((AnnotationValue) v).getValue())));
                    }
                }
                if (id != null) {
                    byPackage.computeIfAbsent(elements.getPackageOf(type).getQualifiedName().toString(), p -> new ArrayList<>())
                            .add(new Seen(type, id, parents));
                }
            }
        }
    }

    /** @return whether the revision classes have several heads (reported), so that no one head is the one to compare with */
    public boolean check(String database, String migrationPackage, Report report) {
        List<Seen> revisions = byPackage.getOrDefault(RevisionPackages.of(migrationPackage, database), List.of());
        Set<String> ids = new HashSet<>();
        revisions.forEach(r -> ids.add(r.id()));
        Set<String> parents = new HashSet<>();
        for (Seen r : revisions) {
            if (!ids.containsAll(r.parents())) {
                return false; // not every revision is in this compilation: judge nothing
            }
            parents.addAll(r.parents());
        }
        List<Seen> heads = revisions.stream().filter(r -> !parents.contains(r.id()))
                .sorted(java.util.Comparator.comparing(Seen::id)).toList();
        if (heads.size() > 1) {
            String names = String.join(", ", heads.stream().map(Seen::id).toList());
            for (Seen head : heads) {
                report.add(new Problem(Code.SEVERAL_HEADS, "database " + database + " has several heads (" + names
                        + "): upgrade cannot tell which to apply. Merge them: " + DriftCheck.mergeCommand(database),
                        head.element(), null, null));
            }
        }
        return heads.size() > 1;
    }
}
