package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Referral extends Document {

    @ManyToOne
    private Doctor referredTo;
}
