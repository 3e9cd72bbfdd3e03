package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("2")
public class EmailNotification extends Delivered {
    @Column(nullable = false, length = 320) private String address;
    private boolean html;
}
