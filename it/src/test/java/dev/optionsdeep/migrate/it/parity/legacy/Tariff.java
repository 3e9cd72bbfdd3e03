package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/**
 * A versioned tariff whose long texts live in a table of their own, keyed by columns that name the key columns
 * they join (listed in another order than the key's).
 */
@Entity
@Table(name = "TARIFF")
@IdClass(TariffKey.class)
@SecondaryTable(name = "TARIFF_TEXT", pkJoinColumns = {
        @PrimaryKeyJoinColumn(name = "TEXT_CODE", referencedColumnName = "TARIFF_CODE"),
        @PrimaryKeyJoinColumn(name = "TEXT_VERSION", referencedColumnName = "VERSION_NO")})
public class Tariff {

    @Id
    @Column(name = "TARIFF_CODE", length = 12)
    private String code;

    @Id
    @Column(name = "VERSION_NO")
    private int version;

    @Column(name = "TITLE", length = 80)
    private String title;

    @Lob
    @Column(name = "WORDING", table = "TARIFF_TEXT")
    private String wording;

    /** A serialized object in a large object. */
    @Lob
    @Column(name = "SCHEDULE", table = "TARIFF_TEXT")
    private TariffSchedule schedule;
}
