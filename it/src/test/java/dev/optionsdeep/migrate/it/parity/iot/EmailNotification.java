package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "email_notification")
@PrimaryKeyJoinColumn(name = "notification_id")
public class EmailNotification extends Notification {

    @Column(name = "recipients", length = 2000)
    private String[] recipients;

    @Column(name = "body", columnDefinition = "text")
    private String body;
}
