package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

import java.util.List;
import java.util.Set;

/**
 * Bidirectional without mappedBy: the events' column is also their own @ManyToOne, the notes' a
 * read-only basic; the consignees' join table is the table of entity CargoConsignee.
 */
@Entity
public class Cargo {
    @Id private Long id;
    private String trackingId;
    @OneToMany @JoinColumn(name = "cargo_id", insertable = false, updatable = false) private List<HandlingEvent> events;
    @OneToMany @JoinColumn(name = "cargo_id") private Set<CargoNote> notes;
    @ManyToMany
    @JoinTable(name = "CargoConsignee", joinColumns = @JoinColumn(name = "cargo_id"),
            inverseJoinColumns = @JoinColumn(name = "consignee_id"))
    private Set<Consignee> consignees;
    @ManyToMany @JoinTable(name = "CargoTag") private List<Consignee> watchers;
    @ManyToMany
    @JoinTable(name = "cargo_hold", joinColumns = @JoinColumn(name = "cargo_id",
            foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)))
    private Set<Consignee> holds;
    @ManyToMany @NotFound(action = NotFoundAction.IGNORE) @JoinTable(name = "cargo_notified")
    private Set<Consignee> notified;
    @OneToMany(mappedBy = "cargo") @OrderColumn(name = "stow_pos") private List<Reefer> reefers;
    @ManyToMany
    @JoinTable(name = "port_call", joinColumns = @JoinColumn(name = "cargo_id"),
            inverseJoinColumns = @JoinColumn(name = "port_id"))
    private Set<Port> ports;
    @ManyToMany
    @JoinTable(name = "cargo_preferred", joinColumns = @JoinColumn(name = "cargo_id"),
            inverseJoinColumns = @JoinColumn(name = "consignee_id"),
            uniqueConstraints = @UniqueConstraint(columnNames = {"cargo_id", "consignee_id"}),
            indexes = {@Index(columnList = "consignee_id"), @Index(name = "cargo_preferred_desc", columnList = "cargo_id DESC")})
    private List<Consignee> preferred;
    @ElementCollection
    @CollectionTable(name = "cargo_marks", uniqueConstraints = @UniqueConstraint(name = "cargo_marks_unique",
            columnNames = "mark"), indexes = @Index(columnList = "Cargo_id"))
    @Column(name = "mark")
    private List<String> marks;
    @ElementCollection
    @CollectionTable(name = "cargo_codes", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Set<String> codes;
}
