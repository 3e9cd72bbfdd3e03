package dev.optionsdeep.migrate.it.parity.constructs;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJavaClass;

import java.util.Collection;
import java.util.List;

/** Id bags: join and collection tables keyed by a surrogate id, drawn from a sequence or by increment. */
@Entity
public class Playlist {
    @Id private Long id;

    @ElementCollection
    @CollectionId(column = @Column(name = "entry_id"), generator = "sequence")
    @CollectionIdJavaClass(idType = Long.class)
    private List<String> titles;

    @ManyToMany
    @CollectionId(generator = "playlist_links")
    @CollectionIdJavaClass(idType = Integer.class)
    @SequenceGenerator(name = "playlist_links", sequenceName = "playlist_link_ids", allocationSize = 5)
    private List<Journal> journals;

    @ManyToMany
    @JoinTable(name = "playlist_orders")
    @CollectionId(column = @Column(name = "row_id"), generator = "increment")
    @CollectionIdJavaClass(idType = Long.class)
    private Collection<KeywordOrder> orders;
}
