package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;

/**
 * Hibernate makes every column its timestamp generators fill not null, even when
 * {@code @Column(nullable = true)} says otherwise; an enum name of length 1 is a {@code char(1)}.
 */
@Entity
@Table(name = "audited_events")
public class AuditedEvent {
    @Id @Column(unique = true) private Long id;
    @CreationTimestamp private Instant createdAt;
    @CreationTimestamp @Column(nullable = true) private LocalDateTime createdLocal;
    @UpdateTimestamp private OffsetDateTime updatedAt;
    @UpdateTimestamp @Column(nullable = true) private Instant updatedNullable;
    @CurrentTimestamp private Date seenAt;
    @CurrentTimestamp @Temporal(TemporalType.TIMESTAMP) @Column(nullable = true) private Date seenNullable;
    @Enumerated(EnumType.STRING) @Column(length = 1) private Grade grade;
    @Enumerated(EnumType.STRING) @Column(length = 1, nullable = false) private Grade requiredGrade;
    @Enumerated(EnumType.STRING) @Column(length = 2) private Grade wideGrade;
}
