package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** A link entity keyed by its two relationships, each filling one attribute of the @EmbeddedId. */
@Entity
public class Enrollment {
    @EmbeddedId private EnrollmentId id;
    @MapsId("purchaseId") @ManyToOne @JoinColumn(name = "purchase_id") private Purchase purchase;
    @MapsId("courseCode") @ManyToOne private Course course;
    private Integer grade;
}
