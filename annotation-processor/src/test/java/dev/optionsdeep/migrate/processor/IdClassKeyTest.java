package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The key of an {@code @IdClass} entity: Hibernate binds every persistent field of the id class as part of the
 * identifier, each from the entity's attribute of that name, whether or not that attribute carries {@code @Id}
 * (Hibernate 6.6, 7.2 and 7.4 export it so; the parity model {@code idclassonly} checks it against each).
 */
class IdClassKeyTest {

    private static final JavaFileObject SAMPLE_KEY = Sources.entity("SampleKey", """
            public class SampleKey implements java.io.Serializable {
              private java.util.UUID sensorId;
              private long takenAt;
              private transient String shown;
            }
            """);

    @Test
    void anIdClassFieldTheEntityLeavesUnmarkedJoinsTheKey() {
        JavaFileObject sample = Sources.entity("Sample", """
                @Entity
                @IdClass(SampleKey.class)
                public class Sample {
                  @Id @Column(name = "sensor_id") private java.util.UUID sensorId;
                  @Column(name = "taken_at") private Long takenAt;
                  private String shown;
                  private Double reading;
                }
                """);

        Compilation compilation = Sources.compile(SAMPLE_KEY, sample);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table sample
                  sensor_id uuid not null
                  taken_at bigint not null
                  shown character varying(255) null
                  reading double precision null
                  primary key sample_pkey [taken_at, sensor_id]
                """, Sources.describe(compilation, "default"));
    }
}
