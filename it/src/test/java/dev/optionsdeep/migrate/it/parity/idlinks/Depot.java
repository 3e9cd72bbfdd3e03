package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "StockDepot")
@Table(name = "stock_depot")
public class Depot {
    @Id @GeneratedValue private Long id;
    private String name;
}
