package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** The same link in the @IdClass form: @Id on both relationships. */
@Entity
@IdClass(CourseReviewId.class)
public class CourseReview {
    @Id @ManyToOne private Course course;
    @Id @ManyToOne private Purchase purchase;
    private short stars;
}
