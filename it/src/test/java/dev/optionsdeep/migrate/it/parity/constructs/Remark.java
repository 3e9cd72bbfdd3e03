package dev.optionsdeep.migrate.it.parity.constructs;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminator;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;

/** References to an entity of any of several types: a discriminator and a key column each, no foreign key. */
@Entity
public class Remark {
    @Id private Long id;

    @Any
    @AnyDiscriminatorValue(discriminator = "J", entity = Journal.class)
    @AnyDiscriminatorValue(discriminator = "P", entity = Playlist.class)
    @AnyKeyJavaClass(Long.class)
    @Column(name = "subject_type")
    @JoinColumn(name = "subject_id")
    private Object subject;

    @Any(optional = false)
    @AnyDiscriminator(DiscriminatorType.CHAR)
    @AnyDiscriminatorValue(discriminator = "J", entity = Journal.class)
    @AnyKeyJavaClass(Long.class)
    @JoinColumn(name = "author_id")
    private Object author;

    @Any
    @AnyDiscriminator(DiscriminatorType.INTEGER)
    @AnyDiscriminatorValue(discriminator = "1", entity = JournalEntry.class)
    @AnyKeyJavaClass(Long.class)
    @JoinColumn(name = "about_id")
    private Object about;
}
