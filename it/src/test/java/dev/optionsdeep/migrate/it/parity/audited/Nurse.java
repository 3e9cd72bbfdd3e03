package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import org.hibernate.envers.Audited;

@Entity
@Audited
@PrimaryKeyJoinColumn(name = "staff_id")
public class Nurse extends Staff {

    private int ward;
}
