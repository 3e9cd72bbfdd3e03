package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A push to a device: its key names the column of the notification it joins, as many applications spell it out. */
@Entity
@Table(name = "push_notification")
@PrimaryKeyJoinColumn(name = "notification_ref", referencedColumnName = "id")
public class PushNotification extends Notification {

    @Column(name = "device_token", nullable = false, length = 512)
    private String deviceToken;

    @Column(name = "badge")
    private Integer badge;
}
