package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hibernate parity for each older line -Amigrate.hibernate maps for: the parity models that line can read, compiled
 * with {@code -Amigrate.hibernate=LINE}, build the schema that line's own export creates (all models in one database:
 * one export per line), and that line's validate passes on it. 7.4, the default, is {@link ParityIT}'s.
 */
class HibernateLinesIT {

    static Stream<HibernateLine> olderLines() {
        return HibernateLine.SUPPORTED.stream().filter(line -> !line.equals(HibernateLine.CURRENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("olderLines")
    void ourMigrationsBuildTheSchemaThisLineExpects(HibernateLine line, @TempDir Path classes) throws Exception {
        List<Arguments> models = ParityIT.models().filter(m -> line.reads((String) m.get()[0])).toList();
        List<String> packages = ParityIT.allEntities(models).stream()
                .map(entity -> entity.getPackageName().substring(entity.getPackageName().lastIndexOf('.') + 1))
                .distinct().toList();
        Map<String, Snapshot> snapshots = CorpusModel.snapshots(packages, classes, "-Amigrate.hibernate=" + line.name());
        snapshots.values().forEach(s -> assertEquals(line.name(), s.hibernate(), "the line " + s.database() + " records"));
        Snapshot all = ParityIT.allTogether(snapshots::get, models);
        try (ParityCheck parity = new ParityCheck(line)) {
            parity.assertParity("parity_" + line.name().replace('.', '_'), all, ParityIT.allEntities(models), Map.of());
        }
    }
}
