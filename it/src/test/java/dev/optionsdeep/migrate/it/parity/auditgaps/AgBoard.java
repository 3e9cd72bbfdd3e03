package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;
import java.util.Map;

import org.hibernate.envers.Audited;

/** A planning board: ordered steps and cards, titles by language, cards by slot and code, counts by shade. */
@Entity
@Audited
public class AgBoard {

    @Id
    Long id;

    @ElementCollection
    @OrderColumn
    @CollectionTable(name = "ag_board_steps")
    List<String> steps;

    @OneToMany
    @OrderColumn(name = "pos")
    @JoinTable(name = "ag_board_cards")
    List<AgCard> cards;

    @ManyToMany
    @OrderColumn
    @JoinTable(name = "ag_board_watched")
    List<AgCard> watched;

    @ElementCollection
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "title", length = 120)
    @CollectionTable(name = "ag_board_titles")
    Map<String, String> titles;

    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    @CollectionTable(name = "ag_board_counts")
    Map<AgShade, Integer> counts;

    @ManyToMany
    @MapKeyColumn(name = "slot")
    @JoinTable(name = "ag_board_pins")
    Map<String, AgCard> pinned;

    @OneToMany
    @MapKey(name = "code")
    @JoinTable(name = "ag_board_by_code")
    Map<String, AgCard> byCode;
}
