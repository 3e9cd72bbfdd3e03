package dev.optionsdeep.migrate.it.parity.gapwrite;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A box whose collections' join columns, map keys and positions insert but never update, or the reverse. */
@Entity
@Table(name = "GW_BOX")
public class GwBox {

    @Id
    Long id;

    @OneToMany
    @JoinColumn(name = "BOX_ID", updatable = false)
    Set<GwItem> items;

    @OneToMany
    @JoinColumn(name = "BOX_LIST_ID", insertable = false)
    @OrderColumn(name = "BOX_POS", updatable = false)
    List<GwItem> orderedItems;

    @OneToMany
    @JoinColumn(name = "BOX_MAP_ID")
    @MapKeyJoinColumn(name = "BOX_WH", updatable = false)
    Map<GwWarehouse, GwItem> itemsByWarehouse;

    @ElementCollection
    @CollectionTable(name = "GW_BOX_PRICES")
    @MapKeyJoinColumn(name = "WAREHOUSE_ID", updatable = false)
    Map<GwWarehouse, String> prices;

    @ManyToMany
    @JoinTable(name = "GW_BOX_STOCK")
    @MapKeyJoinColumn(name = "WH_KEY", insertable = false)
    Map<GwWarehouse, GwItem> stock;

    @ElementCollection
    @CollectionTable(name = "GW_BOX_NOTES")
    @OrderColumn(name = "POS", updatable = false)
    List<String> notes;

    @ManyToMany
    @JoinTable(name = "GW_BOX_PICKS")
    @OrderColumn(name = "POS", insertable = false)
    List<GwItem> picks;

    @ElementCollection
    @CollectionTable(name = "GW_BOX_SIZES")
    @MapKeyColumn(name = "SIZE_KEY", updatable = false)
    Map<String, Integer> sizes;
}
