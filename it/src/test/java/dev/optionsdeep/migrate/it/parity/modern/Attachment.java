package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.sql.Blob;
import java.sql.Clob;
import java.util.UUID;

/** Large objects the ways Hibernate 6 and 7 applications spell them, and a UUID kept as text. */
@Entity
public class Attachment {

    @Id
    @GeneratedValue
    private Long id;

    @Lob
    private Blob data;

    @Lob
    private Clob transcript;

    @Lob
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String notes;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String description;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 36)
    private UUID correlationId;

    @Embedded
    private Provenance provenance;
}
