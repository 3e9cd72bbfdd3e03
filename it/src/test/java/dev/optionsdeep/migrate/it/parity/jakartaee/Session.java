package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.Date;

/** One slot of a programme; its conference's key and position live in this table. */
@Entity
@Table(name = "conference_session")
public class Session {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String title;

    private SessionKind kind;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "starts_at")
    private Date startsAt;

    @Temporal(TemporalType.TIME)
    @Column(name = "duration")
    private Date duration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id")
    private Room room;
}
