package dev.optionsdeep.migrate.it.parity.floatsize;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Floating point columns of several precisions. */
@Entity
public class FsReading {

    @Id
    Long id;

    @Column(name = "per_day", precision = 5)
    Double perDay;

    @Column(name = "dose", precision = 7)
    Double dose;

    @Column(name = "weight", precision = 8)
    Double weight;

    @Column(name = "height", precision = 15)
    Double height;

    @Column(name = "ratio", precision = 12)
    Float ratio;

    @Column(name = "score", precision = 3, nullable = false)
    float score;

    Double plain;
}
