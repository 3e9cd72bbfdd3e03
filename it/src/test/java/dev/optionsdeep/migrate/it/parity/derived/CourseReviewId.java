package dev.optionsdeep.migrate.it.parity.derived;

import java.io.Serializable;

public class CourseReviewId implements Serializable {
    String course;
    Long purchase;
}
