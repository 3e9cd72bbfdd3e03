package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A shelf with a composite key whose stocking vendor lives in a join table: keyed by both key columns, with the
 * foreign keys named in {@code @JoinTable}.
 */
@Entity
@Table(name = "TJ_SHELF")
public class TjShelf {

    @EmbeddedId
    TjShelfKey key;

    @ManyToOne
    @JoinTable(name = "TJ_SHELF_VENDOR", foreignKey = @ForeignKey(name = "TJ_SHELF_VENDOR_SHELF_FK"),
            inverseForeignKey = @ForeignKey(name = "TJ_SHELF_VENDOR_VENDOR_FK"))
    TjVendor vendor;
}
