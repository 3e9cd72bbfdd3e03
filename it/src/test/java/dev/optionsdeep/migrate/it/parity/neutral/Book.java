package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.annotations.SQLInsert;

/** Property access: the neutral annotations sit on the getters. */
@Entity
@Access(AccessType.PROPERTY)
@Immutable
@BatchSize(size = 50)
@SQLInsert(sql = "insert into book (author_id, title, id) values (?, ?, ?)")
public class Book {
    private Long id;
    private String title;
    private Author author;

    @Id
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    @ColumnTransformer(read = "trim(title)")
    @Audit
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }

    @ManyToOne
    @Fetch(FetchMode.JOIN)
    @LazyGroup("author")
    public Author getAuthor() { return author; }
    public void setAuthor(Author author) { this.author = author; }
}
