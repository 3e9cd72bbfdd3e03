package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An attribute's scope and key: how devices find one attribute. */
@Embeddable
public class AttributeKey {

    @Enumerated(EnumType.STRING)
    @Column(name = "kv_scope", length = 16)
    private AttributeScope scope;

    @Column(name = "kv_key", length = 64)
    private String key;
}
