package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class EnrollmentId implements Serializable {
    private Long purchaseId;
    @Column(length = 12) private String courseCode;
}
