package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.Date;

/** An audit event's key and columns. */
@MappedSuperclass
public abstract class StEventBase extends StStamped {

    @Id
    @SequenceGenerator(name = "ST_EVENT_SEQ", sequenceName = "ST_EVENT_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.AUTO, generator = "ST_EVENT_SEQ")
    @Column(name = "ID")
    protected Long id;

    @Column(name = "EVENT_TYPE", nullable = false)
    protected int eventType;

    @Column(name = "RESOURCE_PATH", length = 2000)
    protected String resourcePath;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EVENT_TIME")
    protected Date eventTime;
}
