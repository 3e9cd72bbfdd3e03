package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.type.YesNoConverter;

/** Soft deletion by an "active" flag written as Y/N: char(1) not null with its check. */
@Entity
@Table(name = "memberships")
@SoftDelete(strategy = SoftDeleteType.ACTIVE, converter = YesNoConverter.class)
public class Membership {
    @Id private Long id;
}
