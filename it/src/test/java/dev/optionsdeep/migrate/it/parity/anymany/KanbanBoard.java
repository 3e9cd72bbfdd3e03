package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.ManyToAny;

import java.util.HashSet;
import java.util.Set;

/** A board of cards of any type, whose entity and table are named apart. */
@Entity(name = "Board")
@Table(name = "kanban_boards")
public class KanbanBoard {
    @Id
    private Long boardId;

    /** Unnamed: {@code kanban_boards_null}, the owner's column named after the entity. */
    @ManyToAny
    @AnyKeyJavaClass(Long.class)
    @AnyDiscriminatorValue(discriminator = "INV", entity = HelpdeskInvoice.class)
    @JoinTable(inverseJoinColumns = @JoinColumn(name = "card_id"))
    private Set<Object> cards = new HashSet<>();
}
