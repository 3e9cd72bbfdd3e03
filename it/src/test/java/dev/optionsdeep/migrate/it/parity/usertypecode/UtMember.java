package dev.optionsdeep.migrate.it.parity.usertypecode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Type;

/** A club member whose optional texts are stored blank rather than null, through user types. */
@Entity
@Table(name = "ut_member")
public class UtMember {
    @Id private Long id;

    @Type(BlankText.class) private String nickname;

    @Column(name = "home_region", length = 40)
    @Type(BlankText.class)
    private String region;

    @Column(nullable = false, length = 12)
    @Type(BlankText.class)
    private String badge;

    @Type(LongNote.class) private String biography;
}
