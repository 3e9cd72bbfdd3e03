package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class CourseNoteId implements Serializable {
    @Column(length = 12) private String courseCode;
    @Column(length = 20) private String topic;
}
