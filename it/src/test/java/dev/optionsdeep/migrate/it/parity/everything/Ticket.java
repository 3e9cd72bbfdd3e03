package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An id from Hibernate's implicit sequence: AUTO on a Long is tickets_seq, increment 50. */
@Entity
@Table(name = "tickets")
public class Ticket {
    @Id @GeneratedValue private Long id;
    @Column(length = 200) private String subject;
}
