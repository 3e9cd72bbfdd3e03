package dev.optionsdeep.migrate.it.parity.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Parent;

@Embeddable
public class ContactInfo {

    @Parent
    private Employee owner;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "EMAIL", length = 120)
    private String email;
}
