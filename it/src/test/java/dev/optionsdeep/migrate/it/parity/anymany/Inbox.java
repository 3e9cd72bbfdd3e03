package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.AnyDiscriminator;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.CascadeType;
import org.hibernate.annotations.ManyToAny;

import jakarta.persistence.DiscriminatorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A help-desk inbox: whatever lands in it, of any type. */
@Entity
public class Inbox {
    @Id
    private Long id;

    private String owner;

    /** A named join table with named columns: a set, so the three are unique together. */
    @ManyToAny
    @AnyDiscriminator(DiscriminatorType.STRING)
    @AnyKeyJavaClass(Long.class)
    @Column(name = "item_type")
    @AnyDiscriminatorValue(discriminator = "INV", entity = HelpdeskInvoice.class)
    @AnyDiscriminatorValue(discriminator = "MEMO", entity = Memo.class)
    @Cascade(CascadeType.ALL)
    @JoinTable(name = "inbox_items", joinColumns = @JoinColumn(name = "inbox_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<Object> items = new HashSet<>();

    /** No join table name: Hibernate names it after the owner's table and a missing target table. */
    @ManyToAny
    @AnyKeyJavaClass(Long.class)
    @AnyDiscriminatorValue(discriminator = "INV", entity = HelpdeskInvoice.class)
    @AnyDiscriminatorValue(discriminator = "MEMO", entity = Memo.class)
    @JoinTable
    private List<Object> pinned = new ArrayList<>();

    /** An ordered list with a one-character discriminator. */
    @ManyToAny
    @AnyDiscriminator(DiscriminatorType.CHAR)
    @AnyKeyJavaClass(Long.class)
    @AnyDiscriminatorValue(discriminator = "I", entity = HelpdeskInvoice.class)
    @AnyDiscriminatorValue(discriminator = "M", entity = Memo.class)
    @OrderColumn(name = "position")
    @JoinTable(name = "inbox_flagged")
    private List<Object> flagged = new ArrayList<>();

    /**
     * Integer discriminators, UUID keys, a named foreign key, an index and a unique constraint of its own (then
     * Hibernate 7.4 adds none over all three columns).
     */
    @ManyToAny
    @AnyDiscriminator(DiscriminatorType.INTEGER)
    @AnyKeyJavaClass(java.util.UUID.class)
    @AnyDiscriminatorValue(discriminator = "1", entity = ScannedDocument.class)
    @JoinTable(name = "inbox_archive", foreignKey = @ForeignKey(name = "fk_inbox_archive_inbox"),
            indexes = @Index(name = "ix_inbox_archive_entry", columnList = "archived_id"),
            uniqueConstraints = @UniqueConstraint(name = "uc_inbox_archive_entry", columnNames = {"Inbox_id", "archived_id"}))
    private Set<Object> archived = new HashSet<>();
}
