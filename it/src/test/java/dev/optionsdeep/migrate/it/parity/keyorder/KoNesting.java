package dev.optionsdeep.migrate.it.parity.keyorder;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;

/**
 * Which team sits inside which: the entity is its own id class, keyed by two references of one type, which Hibernate
 * would order outer_id after inner_id by name; the unique constraint puts outer_id first.
 */
@Entity
@Table(name = "ko_nesting", uniqueConstraints = @UniqueConstraint(columnNames = {"outer_id", "inner_id"}))
public class KoNesting implements Serializable {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outer_id", nullable = false)
    private KoTeam outer;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inner_id", nullable = false)
    private KoTeam inner;
}
