package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A value of a user-defined attribute: its owner and its type are the subclass's type arguments. */
@MappedSuperclass
public abstract class CaAttribute<T, O> {

    @ManyToOne
    @JoinColumn(name = "owner_id", nullable = false)
    O owner;

    @ManyToOne
    @JoinColumn(name = "attribute_type_id", nullable = false)
    T attributeType;

    @Column(name = "value_reference", nullable = false, length = 2000)
    String valueReference;
}
