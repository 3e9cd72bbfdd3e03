package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Column references in @Index and @UniqueConstraint are logical names: converted like the columns. */
@Entity
@Table(indexes = @Index(columnList = "lastName, firstName"),
        uniqueConstraints = @UniqueConstraint(name = "customerEmailKey", columnNames = "emailAddress"))
public class CustomerAccount extends BaseEntity {
    @Column(nullable = false, length = 120) private String firstName; // widened
    private String phoneNumber; // added
    @Column(nullable = false, length = 80) private String lastName;
    private String emailAddress;
    private String homepageURL;
    private Integer loginCount2FA;
    private Integer failedLogins3x;
    @Column(name = "displayName") private String nick;
    @Column(name = "\"quoted_name\"") private String quoted;
    private PostalAddress billingAddress;
    @jakarta.persistence.ManyToMany private java.util.Set<ShipmentNote> followedNotes;
    @jakarta.persistence.OneToMany private java.util.List<OrderLineEntity> openLines;
}
