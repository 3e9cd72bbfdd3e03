package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import dev.optionsdeep.migrate.spring.shop.Company;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The test entities, compiled by Migrate's processor on Boot 3.5's class path without -Amigrate.hibernate, follow
 * the rules of the Hibernate Boot 3.5 ships (6.6), and their snapshot says so.
 */
class HibernateLineTest {

    @Test
    void theSnapshotFollowsTheHibernateOnTheClassPath() throws Exception {
        Path classes = Path.of(Company.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> snapshots;
        try (Stream<Path> listed = Files.list(classes.resolve("META-INF/migrate"))) {
            snapshots = listed.filter(p -> p.toString().endsWith(SnapshotCodec.FILE_SUFFIX)).toList();
        }
        assertFalse(snapshots.isEmpty(), "the processor wrote the test entities' snapshot");
        for (Path file : snapshots) {
            Snapshot snapshot = SnapshotCodec.read(Files.readString(file), file.toString());
            assertEquals("6.6", snapshot.hibernate(), file + " is made for the Hibernate line on the class path");
        }
    }
}
