package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.drift.Difference;
import dev.optionsdeep.migrate.drift.DriftReport;
import dev.optionsdeep.migrate.snapshot.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The drift report as JSON, for CI: one document for the run, every database in it. */
final class DriftJson {

    private DriftJson() {
    }

    static String render(String environment, Map<String, DriftReport> reports) {
        List<Object> databases = new ArrayList<>();
        reports.forEach((db, report) -> databases.add(database(db, report)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("environment", environment);
        root.put("drift", reports.values().stream().anyMatch(DriftReport::hasDrift));
        root.put("databases", databases);
        return Json.write(root);
    }

    /** Writes the report to {@code target/migrate/drift-<environment>.json}. */
    static Path write(Path buildDirectory, String environment, String text) throws IOException {
        Path file = buildDirectory.resolve(ScriptFiles.DIRECTORY).resolve("drift-" + environment + ".json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> database(String db, DriftReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", db);
        out.put("revisions", report.revisions());
        out.put("drift", report.hasDrift());
        List<Object> differences = new ArrayList<>();
        for (Difference d : report.differences()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", d.kind().label());
            one.put("object", d.object());
            one.put("name", d.name());
            one.put("expected", d.expected());
            one.put("found", d.found());
            one.put("message", d.message());
            differences.add(one);
        }
        out.put("differences", differences);
        out.put("ignored", report.ignored());
        return out;
    }
}
