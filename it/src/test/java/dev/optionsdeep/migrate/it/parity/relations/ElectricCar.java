package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "electric_cars")
@PrimaryKeyJoinColumn(name = "car_ref", foreignKey = @ForeignKey(name = "electric_car_is_a_car"))
public class ElectricCar extends Car {
    private Double batteryKwh;
}
