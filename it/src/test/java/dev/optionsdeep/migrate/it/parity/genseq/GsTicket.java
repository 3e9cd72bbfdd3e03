package dev.optionsdeep.migrate.it.parity.genseq;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** An id drawn with strategy = SEQUENCE beside a @GenericGenerator (sequence) of the same name. */
@Entity
public class GsTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gs_ticket_gen")
    @GenericGenerator(name = "gs_ticket_gen", strategy = "sequence", parameters = {@org.hibernate.annotations.Parameter(name = "sequence_name", value = "gs_ticket_numbers"), @org.hibernate.annotations.Parameter(name = "increment_size", value = "5")})
    Long id;

    String label;
}
