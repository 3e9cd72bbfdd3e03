package dev.optionsdeep.migrate.it.parity.uniquecol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A branch whose code is unique twice over: by its column and by a named constraint. */
@Entity
@Table(name = "ucol_branch", uniqueConstraints = @UniqueConstraint(name = "branch_code_UNIQUE", columnNames = "branch_code"))
public class UcolBranch {

    @Id
    Long id;

    @Column(name = "branch_code", length = 12, unique = true, nullable = false)
    String code;

    @Column(name = "title", length = 80)
    String title;
}
