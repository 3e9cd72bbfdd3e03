package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.NotAudited;

/** A tool without power; where it hangs is not audited. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "ag_hand_tools")
public class AgHandTool extends AgAsset {

    String brand;

    @NotAudited
    String hook;
}
