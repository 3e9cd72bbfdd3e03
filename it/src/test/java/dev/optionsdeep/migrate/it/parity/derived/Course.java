package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Course {
    @Id @Column(length = 12) private String code;
    private String title;
}
