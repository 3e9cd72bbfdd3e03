package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.SQLUpdate;

/** Comparable, for the {@code @SortNatural} set of {@link Author}. */
@Entity
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@SQLUpdate(sql = "update tag set label = ? where id = ?")
public class Tag implements Comparable<Tag> {
    @Id private Long id;
    private String label;

    @Override
    public int compareTo(Tag other) {
        return label.compareTo(other.label);
    }
}
