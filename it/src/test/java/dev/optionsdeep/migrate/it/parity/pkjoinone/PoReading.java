package dev.optionsdeep.migrate.it.parity.pkjoinone;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class PoReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // One column of the device, neither its key nor unique: Hibernate 7 makes it unique.
    @ManyToOne
    @JoinColumn(name = "device_code", referencedColumnName = "code")
    private PoDevice device;
}
