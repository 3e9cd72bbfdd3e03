package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.Array;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Arrays, and Lists and Sets without a mapping annotation, are PostgreSQL arrays of the element's
 * type; other Serializable classes are stored serialized in a bytea.
 */
@Entity
public class Survey {
    @Id private Long id;
    private String[] answers;
    @Column(length = 20) private String[] shortAnswers;
    private Integer[] scores;
    private int[] ranks;
    private Long[] voters;
    private long[] timings;
    private UUID[] respondents;
    private Grade[] grades;
    @Enumerated(EnumType.STRING) private Grade[] gradeNames;
    @Enumerated(EnumType.STRING) @Column(length = 1) private Grade[] gradeLetters;
    private LocalDate[] days;
    private BigDecimal[] amounts;
    private Boolean[] flags;
    private Instant[] moments;
    private List<String> labels;
    private Set<Integer> buckets;
    @JdbcTypeCode(SqlTypes.ARRAY) private List<String> topics;
    @Array(length = 10) private String[] topTen;
    private YearMonth period;
    private Period duration;
    private URI source;
    private Coordinates location;
}
