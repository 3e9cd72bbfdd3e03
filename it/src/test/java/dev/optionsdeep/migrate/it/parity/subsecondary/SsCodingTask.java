package dev.optionsdeep.migrate.it.parity.subsecondary;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SecondaryTable;

/** A subclass with its details in a secondary table, and one column of its own in the root's table. */
@Entity
@DiscriminatorValue("C")
@SecondaryTable(name = "ss_coding_details")
public class SsCodingTask extends SsTask {

    /** In the root's table. */
    @Column(name = "repository_url")
    private String repositoryUrl;

    @Column(name = "language", length = 20, table = "ss_coding_details")
    private String language;

    @Column(name = "online_editor", table = "ss_coding_details", nullable = false)
    private boolean onlineEditor;

    @Column(name = "show_tests", table = "ss_coding_details")
    private boolean showTests;

    @Column(name = "project_key", table = "ss_coding_details", nullable = false)
    private String projectKey;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "layout", table = "ss_coding_details")
    private SsLayout layout;

    @OneToOne
    @JoinColumn(name = "build_setup_id", unique = true, table = "ss_coding_details")
    private SsBuildSetup buildSetup;
}
