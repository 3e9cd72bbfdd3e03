package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unique constraint over exactly an entity's composite key is no constraint of its own: Hibernate drops it and
 * writes the primary key's columns in the order it lists them, instead of its own order by size and name.
 */
class KeyOrderTest {

    @Test
    void aUniqueConstraintOnTheKeysColumnsOrdersTheKey() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Team", "@Entity public class Team { @Id private java.util.UUID id; }"),
                Sources.entity("Membership", """
                        @Entity
                        @Table(name = "membership", uniqueConstraints = @UniqueConstraint(columnNames = {"team_id", "member_id"}))
                        public class Membership implements java.io.Serializable {
                          @Id @ManyToOne @JoinColumn(name = "team_id") private Team team;
                          @Id @ManyToOne @JoinColumn(name = "member_id") private Team member;
                        }"""),
                Sources.entity("Seat", """
                        @Entity
                        @Table(name = "seat", uniqueConstraints = @UniqueConstraint(columnNames = {"row_label", "place"}))
                        @IdClass(Seat.Key.class)
                        public class Seat {
                          public record Key(String rowLabel, String place) implements java.io.Serializable { }
                          @Id @Column(name = "row_label", length = 3) private String rowLabel;
                          @Id @Column(name = "place", length = 3) private String place;
                        }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("primary key membership_pkey [team_id, member_id]\n"), described);
        assertTrue(described.contains("primary key seat_pkey [row_label, place]\n"), described);
        assertTrue(!described.contains("_key ["), described);
    }
}
