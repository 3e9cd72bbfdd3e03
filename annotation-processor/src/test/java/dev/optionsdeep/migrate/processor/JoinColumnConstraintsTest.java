package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The join column of a unidirectional {@code @OneToMany @JoinColumn} lives in the target's table: that
 * table's own {@code @Table} indexes and unique constraints may name it (jBPM does), and Hibernate 7.4
 * exports them. And a foreign key never points to a table the snapshot does not hold.
 */
class JoinColumnConstraintsTest {

    private static final JavaFileObject OWNER = Sources.entity("Process", """
            @Entity
            public class Process {
              @Id private Long id;
              @OneToMany @JoinColumn(name = "process_id") private List<Task> tasks;
            }
            """);

    private static Snapshot snapshot(Compilation compilation) {
        return SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default");
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anIndexAndAUniqueConstraintOnTheTargetMayNameTheJoinColumnTheOwnerAddsToIt() {
        JavaFileObject task = Sources.entity("Task", """
                @Entity
                @Table(indexes = @Index(name = "idx_task_process", columnList = "process_id"),
                       uniqueConstraints = @UniqueConstraint(columnNames = {"process_id", "name"}))
                public class Task { @Id private Long id; private String name; }
                """);
        Compilation compilation = Sources.compileStrict(OWNER, task);
        assertThat(compilation).succeededWithoutWarnings();
        Table table = table(snapshot(compilation).schema(), "task");
        assertEquals("[Index[name=idx_task_process, columns=[process_id], unique=false]]", table.indexes().toString());
        assertEquals(List.of(List.of("process_id", "name")), table.uniqueConstraints().stream()
                .map(u -> u.columns()).toList());
        assertTrue(table.column("process_id").isPresent(), table.toString());
    }

    @Test
    void aColumnNoEntityAddsIsStillReportedAtTheIndexWithTheTableColumns() {
        JavaFileObject task = Sources.entity("Task", """
                @Entity
                @Table(indexes = @Index(columnList = "proces_id"))
                public class Task { @Id private Long id; private String name; }
                """);
        Compilation compilation = Sources.compileStrict(OWNER, task);
        assertThat(compilation).hadErrorContaining("[MIGRATE-107] @Index(columnList) of Task names the column"
                + " \"proces_id\", which table task does not have. Its columns are: id, name, process_id.")
                .inFile(task).onLineContaining("@Index");
    }

    /**
     * Exchange's key can be read, so Company's relationship to it is bound, but Exchange itself cannot be
     * mapped: Company's foreign key would reference a table the snapshot does not have, and fail at upgrade.
     */
    @Test
    void anEntityReferencingOneLeftOutIsLeftOutInTurnRatherThanKeepAForeignKeyToAMissingTable() {
        JavaFileObject exchange = Sources.entity("Exchange", """
                @Entity
                @Table(indexes = @Index(columnList = "mic", options = "WITH (fillfactor = 70)"))
                public class Exchange { @Id private Long id; private String mic; }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                public class Company { @Id private Long id; @ManyToOne private Exchange exchange; }
                """);
        JavaFileObject sector = Sources.entity("Sector", """
                @Entity
                public class Sector { @Id private Long id; @ManyToMany private Set<Company> companies; }
                """);
        Compilation compilation = Sources.compile(exchange, company, sector);
        assertThat(compilation).succeeded();
        Snapshot snapshot = snapshot(compilation);
        assertEquals(List.of(), snapshot.schema().tables().stream().map(Table::name).toList());
        assertEquals(List.of("MIGRATE-105 com.example.Company: @Entity Company is left out because an entity it extends"
                        + " or references could not be mapped", "MIGRATE-105 com.example.Sector: @Entity Sector is left"
                        + " out because an entity it extends or references could not be mapped", "MIGRATE-110"
                        + " com.example.Exchange"),
                snapshot.problems().stream().map(p -> p.code() + " " + p.where() + (p.code().equals("MIGRATE-105")
                        ? ": " + p.message() : "")).sorted().toList());
    }

    /** Company, left out in turn, puts no join column (nor its foreign key to company) into Listing's table. */
    @Test
    void anEntityLeftOutInTurnAddsNoJoinColumnToItsTargetsTable() {
        JavaFileObject exchange = Sources.entity("Exchange", """
                @Entity
                @Table(indexes = @Index(columnList = "mic", options = "WITH (fillfactor = 70)"))
                public class Exchange { @Id private Long id; private String mic; }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @ManyToOne private Exchange exchange;
                  @OneToMany @JoinColumn(name = "company_id") private List<Listing> listings;
                }
                """);
        JavaFileObject listing = Sources.entity("Listing", """
                @Entity
                public class Listing { @Id private Long id; private String isin; }
                """);
        Compilation compilation = Sources.compile(exchange, company, listing);
        assertThat(compilation).succeeded();
        Table table = table(snapshot(compilation).schema(), "listing");
        assertEquals(List.of("id", "isin"), table.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of(), table.foreignKeys());
    }

    /** The escape hatch: a table managed by hand is created in a hand-written revision, so the key to it stays. */
    @Test
    void aForeignKeyToAnExcludedEntityStays() {
        JavaFileObject exchange = Sources.entity("Exchange", """
                @Entity
                @Table(indexes = @Index(columnList = "mic", options = "WITH (fillfactor = 70)"))
                public class Exchange { @Id private Long id; private String mic; }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                public class Company { @Id private Long id; @ManyToOne private Exchange exchange; }
                """);
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.exclude=com.example.Exchange"), exchange,
                company);
        assertThat(compilation).succeededWithoutWarnings();
        Snapshot snapshot = snapshot(compilation);
        assertEquals(List.of(), snapshot.problems());
        Table table = table(snapshot.schema(), "company");
        assertEquals(List.of("exchange"), table.foreignKeys().stream().map(k -> k.referencedTable()).toList());
    }
}
