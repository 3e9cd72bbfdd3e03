package dev.optionsdeep.migrate.it.parity.attributes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

import java.util.UUID;

/** Hibernate's own {@code @Comment}, in the database's default schema; a text default with a quote. */
@Entity
@Table(name = "carriers")
@Comment("who delivers")
public class Carrier {
    @Id private UUID id;
    @Comment("as printed on labels") private String name;
    @ColumnDefault("'O''Brien & Co'") private String contact;
    @ColumnDefault("3000000000") private Long capacity;
}
