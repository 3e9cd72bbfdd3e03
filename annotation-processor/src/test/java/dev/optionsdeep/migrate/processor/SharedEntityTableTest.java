package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two entities on one table, as Apache Ranger maps its policies (a sequence's ids and assigned ids) and its access
 * audits (a newer entity with more columns): one table with the columns of both, when both define alike what they share.
 */
class SharedEntityTableTest {

    @Test
    void entitiesAgreeingOnWhatTheyShareMakeOneTableWithTheColumnsOfBoth() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Rule", """
                        @Entity @Table(name = "rule")
                        public class Rule {
                          @Id @SequenceGenerator(name = "rule_SEQ", sequenceName = "rule_SEQ", allocationSize = 1)
                          @GeneratedValue(strategy = GenerationType.AUTO, generator = "rule_SEQ")
                          private Long id;
                          @Column(unique = true, nullable = false, length = 512) private String guid;
                          @Version private Long version;
                        }
                        """),
                Sources.entity("ImportedRule", """
                        @Entity @Table(name = "rule", indexes = @Index(name = "rule_origin_idx", columnList = "origin"))
                        public class ImportedRule {
                          @Id private Long id;
                          @Column(unique = true, nullable = false, length = 512) private String guid;
                          @Version private Long version;
                          @Column(name = "origin") private Long origin;
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table rule
                  id bigint not null
                  guid character varying(512) not null
                  version bigint not null
                  origin bigint null
                  primary key rule_pkey [id]
                  unique rule_guid_key [guid]
                  index rule_origin_idx [origin]
                """, Sources.describe(compilation, "default"));
        assertEquals(List.of("rule_seq"), SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default")
                .schema().sequences().stream().map(Sequence::name).toList());
    }
}
