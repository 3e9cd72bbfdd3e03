package dev.optionsdeep.migrate.it.parity.relations;

import java.io.Serializable;

public class StopId implements Serializable {
    private Long lineNumber;
    private Integer position;
}
