package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Nationalized;

import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "KEYCLOAK_ROLE", uniqueConstraints = {@UniqueConstraint(columnNames = {"NAME", "CLIENT_REALM_CONSTRAINT"})})
public class RoleEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Nationalized
    @Column(name = "NAME")
    private String name;

    @Nationalized
    @Column(name = "DESCRIPTION")
    private String description;

    @Column(name = "CLIENT_ROLE")
    private boolean clientRole;

    @Column(name = "REALM_ID")
    private String realmId;

    @Column(name = "CLIENT")
    private String clientId;

    @Column(name = "CLIENT_REALM_CONSTRAINT", length = 36)
    private String clientRealmConstraint;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "COMPOSITE_ROLE", joinColumns = @JoinColumn(name = "COMPOSITE"),
            inverseJoinColumns = @JoinColumn(name = "CHILD_ROLE"))
    private Set<RoleEntity> compositeRoles = new HashSet<>();
}
