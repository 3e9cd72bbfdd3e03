package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/** JHipster's auditing superclass, with a filter definition and an optimistic-lock exclusion. */
@MappedSuperclass
@FilterDef(name = "createdBy", parameters = @org.hibernate.annotations.ParamDef(name = "who", type = String.class))
@Audit
public abstract class AbstractAuditingEntity {
    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    @Audit
    private String createdBy;

    @Column(name = "created_date", updatable = false)
    @OptimisticLock(excluded = true)
    private Instant createdDate;
}
