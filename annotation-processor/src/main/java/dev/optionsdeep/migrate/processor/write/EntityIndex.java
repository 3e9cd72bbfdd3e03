package dev.optionsdeep.migrate.processor.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * The entity and converter classes of the last compilation, one name a line, beside the snapshots. An IDE or an
 * incremental build recompiles only the sources that changed; the processor then reads the other
 * entities of this list from their class files, so that the snapshot stays complete and no
 * unchanged entity looks dropped.
 */
public final class EntityIndex {

    static final String PATH = SnapshotWriter.DIRECTORY + "entities";

    private final Filer filer;

    public EntityIndex(Filer filer) {
        this.filer = filer;
    }

    /** The entities the previous compilation wrote down; empty for a first compilation. */
    public List<String> previous() {
        try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH).openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    public void write(Collection<String> names, List<? extends Element> originating) throws IOException {
        StringBuilder text = new StringBuilder("# The @Entity and @Converter classes Migrate's processor read in the last compilation.\n");
        new TreeSet<>(names).forEach(n -> text.append(n).append('\n'));
        try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH,
                originating.toArray(Element[]::new)).openOutputStream()) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
