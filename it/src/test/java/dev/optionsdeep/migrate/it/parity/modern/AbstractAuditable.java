package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Who created and last changed an entity, and when: the user type is a type parameter too. */
@MappedSuperclass
public abstract class AbstractAuditable<U, PK extends Serializable> extends AbstractPersistable<PK> {

    @ManyToOne
    private U createdBy;

    @CreatedDate
    private LocalDateTime createdDate;

    @ManyToOne
    private U lastModifiedBy;

    private LocalDateTime lastModifiedDate;
}
