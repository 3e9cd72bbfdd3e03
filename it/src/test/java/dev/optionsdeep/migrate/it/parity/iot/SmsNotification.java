package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "sms_notification")
public class SmsNotification extends Notification {

    @Column(name = "phone_number", length = 20, nullable = false)
    private String phoneNumber;

    @Column(name = "segments")
    private int[] segments;
}
