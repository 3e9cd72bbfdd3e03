package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Soft deletion by timestamp, in a column of its own name: a nullable timestamp with time zone. */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "removed_at")
public class Reminder {
    @Id private Long id;
    private String text;
}
