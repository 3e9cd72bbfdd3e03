package dev.optionsdeep.migrate.it.parity.schemas;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.util.List;
import java.util.Set;

@Entity
@Table(name = "sales_orders", schema = "sales")
@SecondaryTable(name = "sales_order_extra", uniqueConstraints = @UniqueConstraint(columnNames = "extra"),
        indexes = @Index(name = "sales_order_extra_by_approver", columnList = "approver_id"))
public class SalesOrder {
    @Id private Long id;
    @ManyToOne private CrmCustomer customer;
    @ManyToOne(optional = false) private Shelf shelf;
    @ManyToMany private Set<Shelf> shelves;
    @ManyToMany private Set<CrmCustomer> watchers;
    @ManyToMany @JoinTable(name = "order_tags", schema = "tagging") private Set<CrmCustomer> tagged;
    @ElementCollection private Set<String> labels;
    @OneToMany @JoinColumn(name = "sales_order_id") @OrderColumn private List<Shelf> picks;
    @Column(table = "sales_order_extra") private String extra;
    @OneToOne @JoinColumn(table = "sales_order_extra") private CrmCustomer approver;
    @ManyToOne private SalesOrder parent;
}
