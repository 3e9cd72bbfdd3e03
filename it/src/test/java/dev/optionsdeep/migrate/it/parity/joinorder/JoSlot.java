package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Declared rack, level, bin; by name bin, level, rack; by size level (4, at least), rack (8), bin (12). */
@Entity
@Table(name = "jo_slot")
@IdClass(JoSlotKey.class)
public class JoSlot {

    @Id
    @Column(name = "rack_no")
    private Long rack;

    @Id
    @Column(name = "level_no")
    private Short level;

    @Id
    @Column(name = "bin_code", length = 12)
    private String bin;
}
