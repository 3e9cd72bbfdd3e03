package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/**
 * A named join column into a varchar part of the id: Hibernate 7.4 creates it as varchar(255), not as
 * the varchar(12) it references, and orders the key by that size.
 */
@Entity
public class CourseNote {
    @EmbeddedId private CourseNoteId id;
    @MapsId("courseCode") @ManyToOne @JoinColumn(name = "course_ref") private Course course;
    private String text;
}
