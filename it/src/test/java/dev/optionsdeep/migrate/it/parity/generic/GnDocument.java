package dev.optionsdeep.migrate.it.parity.generic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Type;

import java.util.Map;
import java.util.UUID;

@Entity
public class GnDocument {

    @Id
    @GeneratedValue(generator = "uuid2")
    @GenericGenerator(name = "uuid2", strategy = "uuid2")
    private UUID id;

    @Type(GnJsonType.class)
    @Column(columnDefinition = "jsonb")
    private Map<String, Object> attributes;

    @Type(GnJsonType.class)
    @Column(columnDefinition = "jsonb not null")
    private Map<String, Object> required;
}
