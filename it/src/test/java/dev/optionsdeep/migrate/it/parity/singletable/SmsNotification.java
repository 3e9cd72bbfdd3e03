package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Entity;

/** No @DiscriminatorValue on an INTEGER discriminator: Hibernate takes the entity name's hash code. */
@Entity
public class SmsNotification extends Notification {
    private int segments;
    private String phone;
}
