package dev.optionsdeep.migrate.it.parity.subsecondary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a coding task's secondary table references. */
@Entity
@Table(name = "ss_build_setup")
public class SsBuildSetup {

    @Id
    private Long id;

    @Column(name = "script", length = 500)
    private String script;
}
