package dev.optionsdeep.migrate.it.parity.libentities.lib;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;

import java.io.Serializable;

/** As Axon's TokenEntry: a composite key of a nested id class, a lob token, an owner column. */
@Entity
@IdClass(LeTokenEntry.PK.class)
public class LeTokenEntry {

    @Id
    private String processorName;

    @Id
    private int segment;

    @Lob
    @Column(length = 10000)
    private byte[] token;

    @Basic
    private String tokenType;

    @Basic(optional = true)
    private String timestamp;

    @Basic(optional = true)
    private String owner;

    /** The key: nested in the entity, as Axon declares it. */
    public static class PK implements Serializable {

        private String processorName;
        private int segment;

        @Override
        public boolean equals(Object o) {
            return o instanceof PK pk && segment == pk.segment && java.util.Objects.equals(processorName, pk.processorName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(processorName, segment);
        }
    }
}
