package dev.optionsdeep.migrate.it.parity.uniquecol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A member of a branch: a card number unique by its column and by a named constraint, an e-mail unique by its column
 * and a unique index, a handle unique only by a named constraint (kept), a pair of columns one of which is unique
 * (kept), and a one-to-one profile named unique again (dropped).
 */
@Entity
@Table(name = "ucol_member",
        uniqueConstraints = {
                @UniqueConstraint(name = "card_no_UNIQUE", columnNames = "card_no"),
                @UniqueConstraint(name = "ucol_handle_uk", columnNames = "handle"),
                @UniqueConstraint(name = "ucol_branch_card_uk", columnNames = {"branch_id", "card_no"}),
                @UniqueConstraint(name = "ucol_profile_uk", columnNames = "profile_id")},
        indexes = @Index(name = "ucol_email_ux", columnList = "email", unique = true))
public class UcolMember {

    @Id
    Long id;

    @Column(name = "card_no", length = 20, unique = true)
    String cardNumber;

    @Column(name = "email", length = 60, unique = true)
    String email;

    @Column(name = "handle", length = 30)
    String handle;

    @ManyToOne
    @JoinColumn(name = "branch_id")
    UcolBranch branch;

    @OneToOne
    @JoinColumn(name = "profile_id")
    UcolProfile profile;
}
