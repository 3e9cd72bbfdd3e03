package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Nationalized;

/** A group, whose parent is named by id ("" at the top level) so that a unique constraint covers siblings. */
@Entity
@Table(name = "KEYCLOAK_GROUP", uniqueConstraints = {@UniqueConstraint(columnNames = {"REALM_ID", "PARENT_GROUP", "NAME"})})
public class GroupEntity {

    @Id
    @Column(name = "ID", length = 36)
    protected String id;

    @Nationalized
    @Column(name = "NAME")
    protected String name;

    @Column(name = "PARENT_GROUP", nullable = false)
    private String parentId;

    @Column(name = "REALM_ID")
    private String realm;

    @Column(name = "TYPE", nullable = false)
    private int type;
}
