package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The newer audit event on the same table: three more columns, and an index of its own. */
@Entity
@Table(name = "st_event", indexes = @Index(name = "st_event_seq_idx", columnList = "SEQ_NUM"))
public class StCountedEvent extends StEventBase {

    @Column(name = "SEQ_NUM")
    protected Long sequenceNumber;

    @Column(name = "EVENT_COUNT")
    protected Long eventCount;

    @Column(name = "EVENT_DUR_MS", nullable = false)
    protected long eventDuration;
}
