package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import jakarta.persistence.Table;

@Entity
@Table(name = "jo_cold_stock")
@PrimaryKeyJoinColumns({@PrimaryKeyJoinColumn(name = "cold_aisle"), @PrimaryKeyJoinColumn(name = "cold_bay"),
        @PrimaryKeyJoinColumn(name = "cold_zone")})
public class JoColdStock extends JoStock {

    private Short celsius;
}
