package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;

import java.util.HashSet;
import java.util.Set;

/** A folder of records, its membership history under a name of its own. */
@Entity
@Audited(auditParents = Stamped.class)
public class Folder extends Stamped {

    @Column(nullable = false, length = 80)
    @Audited(withModifiedFlag = true)
    private String title;

    @ManyToOne
    private Folder parent;

    @OneToMany
    @JoinTable(name = "folder_record", joinColumns = @JoinColumn(name = "folder_id"),
            inverseJoinColumns = @JoinColumn(name = "record_id"))
    @AuditJoinTable(name = "folder_record_history")
    private Set<Record> records = new HashSet<>();
}
