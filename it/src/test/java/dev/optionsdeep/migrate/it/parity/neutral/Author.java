package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicInsert;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SortNatural;

import java.util.Set;
import java.util.SortedSet;

/** Field access; caches on the class and on every collection, as JHipster generates them. */
@Entity
@Table(name = "author")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Cacheable
@BatchSize(size = 20)
@DynamicInsert
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@SQLRestriction("deleted = false")
@SQLDelete(sql = "update author set deleted = true where id = ? and version = ?")
@Filter(name = "createdBy", condition = "created_by = :who")
@NamedQuery(name = "Author.active", query = "select a from Author a")
@Audit
public class Author extends AbstractAuditingEntity {
    @Id private Long id;

    @ColumnTransformer(read = "upper(name)", write = "lower(?)")
    @Audit
    private String name;

    private boolean deleted;

    @Version private Integer version;

    @OneToMany(mappedBy = "author")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @BatchSize(size = 10)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("title")
    @SQLRestriction("title is not null")
    private Set<Book> books;

    @ManyToMany
    @JoinTable(name = "author_tag")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @SortNatural
    private SortedSet<Tag> tags;

    @ElementCollection
    @CollectionTable(name = "author_alias")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @BatchSize(size = 10)
    @OrderBy
    private Set<String> aliases;
}
