package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Nationalized;

import java.util.Map;
import java.util.Set;

/** A client of a realm, which it names by id only (no relationship), with its redirect URIs and node registrations. */
@Entity
@Table(name = "CLIENT", uniqueConstraints = {@UniqueConstraint(columnNames = {"REALM_ID", "CLIENT_ID"})})
@NamedQueries({
        @NamedQuery(name = "findClientByClientId",
                query = "select c from ClientEntity c where c.clientId = :clientId and c.realmId = :realm")
})
public class ClientEntity {

    @Id
    @Column(name = "ID", length = 36)
    @Access(AccessType.PROPERTY)
    private String id;

    @Nationalized
    @Column(name = "NAME")
    private String name;

    @Nationalized
    @Column(name = "DESCRIPTION")
    private String description;

    @Column(name = "CLIENT_ID")
    private String clientId;

    @Column(name = "REALM_ID")
    private String realmId;

    @Column(name = "ENABLED")
    private boolean enabled;

    @Column(name = "NODE_REREG_TIMEOUT")
    private int nodeReRegistrationTimeout;

    @ElementCollection
    @Column(name = "VALUE")
    @CollectionTable(name = "REDIRECT_URIS", joinColumns = {@JoinColumn(name = "CLIENT_ID")})
    private Set<String> redirectUris;

    @ElementCollection
    @MapKeyColumn(name = "BINDING_NAME")
    @Column(name = "FLOW_ID", length = 4000)
    @CollectionTable(name = "CLIENT_AUTH_FLOW_BINDINGS", joinColumns = {@JoinColumn(name = "CLIENT_ID")})
    private Map<String, String> authFlowBindings;

    @ElementCollection
    @MapKeyColumn(name = "NAME")
    @Column(name = "VALUE")
    @CollectionTable(name = "CLIENT_NODE_REGISTRATIONS", joinColumns = {@JoinColumn(name = "CLIENT_ID")})
    private Map<String, Integer> registeredNodes;

    /** A unique constraint over the map table's own key, columns in another order: Hibernate drops it. */
    @ElementCollection
    @MapKeyColumn(name = "SETTING_NAME")
    @Column(name = "SETTING_VALUE", length = 2048)
    @CollectionTable(name = "CLIENT_SETTING", joinColumns = {@JoinColumn(name = "CLIENT_ID")},
            uniqueConstraints = {@UniqueConstraint(columnNames = {"SETTING_NAME", "CLIENT_ID"})})
    private Map<String, String> settings;

    @ElementCollection
    @Column(name = "ROLE_ID")
    @CollectionTable(name = "CLIENT_ROLE_MAPPING", joinColumns = {@JoinColumn(name = "TARGET_CLIENT_ID")})
    private Set<String> grantedRoleIds;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
