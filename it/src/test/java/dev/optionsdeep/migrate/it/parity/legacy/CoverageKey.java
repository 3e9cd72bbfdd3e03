package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** The composite key of a coverage: its policy and a line number. */
@Embeddable
public class CoverageKey implements Serializable {

    @Column(name = "POLICY_ID")
    private Long policyId;

    @Column(name = "LINE_NO")
    private Integer line;

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageKey k && Objects.equals(policyId, k.policyId) && Objects.equals(line, k.line);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyId, line);
    }
}
