package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The owner reference written through an embedded (its id part writable, its zone a read-only copy of the key's
 * zone), OWNER_ID read again for sorting (as orderKey, which Hibernate binds first: its name sorts before owner), and the key's zone copied read-only.
 */
@Entity
@Table(name = "SC_VERSION")
public class ScVersion {
    @EmbeddedId
    private ScVersionId id;

    @Column(name = "ZONE_ID", nullable = true, insertable = false, updatable = false)
    private Integer zoneCopy;

    @Embedded
    @AttributeOverride(name = "ref", column = @Column(name = "OWNER_ID", insertable = true, updatable = false))
    @AttributeOverride(name = "zone", column = @Column(name = "ZONE_ID", insertable = false, updatable = false))
    private ScOwnerRef owner;

    @Column(name = "OWNER_ID", insertable = false, nullable = false, updatable = false)
    private Long orderKey;

    @Column(name = "VERSION_NO", nullable = false)
    private long versionNo;
}
