package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.UuidGenerator;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
public class ApiToken {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    private UUID id;

    private String description;

    private OffsetDateTime expiresAt;

    @ManyToOne
    private Account account;
}
