package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A concrete root: its table keeps its @Table constraints, which its subclass's table does not get. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@Table(uniqueConstraints = @UniqueConstraint(columnNames = "code"))
public class Branch {
    @Id private Long id;
    @Column(nullable = false, length = 8) private String code;
}
