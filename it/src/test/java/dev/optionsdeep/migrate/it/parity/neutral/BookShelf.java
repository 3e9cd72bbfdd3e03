package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.Bag;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.FilterJoinTable;
import org.hibernate.annotations.Imported;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.annotations.RowId;
import org.hibernate.annotations.SQLDeleteAll;
import org.hibernate.annotations.SQLOrder;
import org.hibernate.annotations.SortComparator;
import org.hibernate.annotations.SQLSelect;
import org.hibernate.annotations.Synchronize;
import org.hibernate.type.descriptor.java.Immutability;

import java.util.List;
import java.util.SortedSet;

/** The less common neutral ones: row ids, bags, custom loading, a mutability plan. */
@Entity
@RowId
@Imported(rename = "BookShelf")
@Synchronize("book")
@SQLSelect(sql = "select * from shelf where id = ?")
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.ALL)
public class BookShelf {
    @Id private Long id;

    @Mutability(Immutability.class) private String label;

    @Embedded private Location location;

    @ElementCollection
    @CollectionTable(name = "shelf_label")
    @OrderColumn(name = "idx")
    private List<String> labels;

    @ElementCollection
    @CollectionTable(name = "shelf_tag")
    @SortComparator(LabelOrder.class)
    @SQLDeleteAll(sql = "delete from shelf_tag where shelf_id = ?")
    private SortedSet<String> tags;

    @ManyToMany
    @JoinTable(name = "shelf_book")
    @Bag
    @FilterJoinTable(name = "createdBy", condition = "1 = 1")
    @SQLOrder("books_id")
    private List<Book> books;
}
