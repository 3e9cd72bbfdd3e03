package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A SKU whose to-one relationships live in join tables: the product as Broadleaf Commerce maps it (both sides
 * named), a mandatory vendor and a default one with implicit column names, and an owning one-to-one.
 */
@Entity
@Table(name = "TJ_SKU")
public class TjSku {

    @Id
    @Column(name = "SKU_ID")
    Long id;

    @ManyToOne(targetEntity = TjProduct.class)
    @JoinTable(name = "TJ_PRODUCT_SKU_XREF",
            joinColumns = @JoinColumn(name = "SKU_ID", referencedColumnName = "SKU_ID"),
            inverseJoinColumns = @JoinColumn(name = "PRODUCT_ID", referencedColumnName = "PRODUCT_ID"))
    TjProduct product;

    @ManyToOne(optional = false)
    @JoinTable(name = "TJ_SKU_VENDOR")
    TjVendor vendor;

    @ManyToOne
    @JoinTable(name = "TJ_SKU_DEFAULT_VENDOR")
    TjVendor defaultVendor;

    @OneToOne
    @JoinTable(name = "TJ_SKU_MEDIA", inverseJoinColumns = @JoinColumn(name = "MEDIA_ID"))
    TjMedia media;
}
