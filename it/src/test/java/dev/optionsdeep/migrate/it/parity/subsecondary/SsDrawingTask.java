package dev.optionsdeep.migrate.it.parity.subsecondary;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;

/** A secondary table no column names: Hibernate creates it all the same, with its key only. */
@Entity
@DiscriminatorValue("D")
@SecondaryTable(name = "ss_drawing_details")
public class SsDrawingTask extends SsTask {

    @Column(name = "diagram", length = 40)
    private String diagram;
}
