package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Set;

@Entity
@Table(name = "REALM")
@NamedQuery(name = "getRealmIdByName", query = "select realm.id from RealmEntity realm where realm.name = :name")
public class RealmEntity {

    @Id
    @Column(name = "ID", length = 36)
    protected String id;

    @Nationalized
    @Column(name = "NAME", unique = true)
    protected String name;

    @Column(name = "ENABLED")
    protected boolean enabled;

    @Column(name = "SSL_REQUIRED")
    protected String sslRequired;

    @Column(name = "ACCESS_TOKEN_LIFESPAN")
    protected int accessTokenLifespan;

    @Column(name = "NOT_BEFORE")
    protected int notBefore;

    @Column(name = "DEFAULT_LOCALE")
    protected String defaultLocale;

    @ElementCollection
    @MapKeyColumn(name = "NAME")
    @Column(name = "VALUE")
    @CollectionTable(name = "REALM_SMTP_CONFIG", joinColumns = {@JoinColumn(name = "REALM_ID")})
    protected Map<String, String> smtpConfig = new HashMap<>();

    @ElementCollection
    @Column(name = "VALUE")
    @CollectionTable(name = "REALM_SUPPORTED_LOCALES", joinColumns = {@JoinColumn(name = "REALM_ID")})
    protected Set<String> supportedLocales = new HashSet<>();

    @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "realm")
    protected Collection<RealmAttributeEntity> attributes = new LinkedList<>();

    @ManyToMany
    @JoinTable(name = "REALM_DEFAULT_GROUPS", joinColumns = {@JoinColumn(name = "REALM_ID")},
            inverseJoinColumns = {@JoinColumn(name = "GROUP_ID")})
    protected Collection<GroupEntity> defaultGroups = new LinkedList<>();
}
