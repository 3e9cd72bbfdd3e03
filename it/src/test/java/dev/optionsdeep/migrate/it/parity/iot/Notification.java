package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.time.LocalTime;

/** A notification sent for a tenant: each channel keeps its own details in a table of its own. */
@Entity
@Table(name = "notification")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Notification extends BaseSqlEntity<String> {

    @ManyToOne(targetEntity = Tenant.class, optional = false)
    @JoinColumn(name = "tenant_id")
    private TenantScoped tenant;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @CreationTimestamp
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Override
    public String toData() {
        return subject;
    }
}
