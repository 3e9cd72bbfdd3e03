package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Nationalized;

import java.util.Collection;
import java.util.LinkedList;

@Entity
@Table(name = "USER_ENTITY", uniqueConstraints = {
        @UniqueConstraint(columnNames = {"REALM_ID", "USERNAME"}),
        @UniqueConstraint(columnNames = {"REALM_ID", "EMAIL_CONSTRAINT"})
}, indexes = @Index(name = "IDX_USER_EMAIL", columnList = "EMAIL"))
public class UserEntity {

    @Id
    @Column(name = "ID", length = 36)
    protected String id;

    @Nationalized
    @Column(name = "USERNAME")
    protected String username;

    @Nationalized
    @Column(name = "FIRST_NAME")
    protected String firstName;

    @Column(name = "CREATED_TIMESTAMP")
    protected Long createdTimestamp;

    @Column(name = "EMAIL")
    protected String email;

    @Column(name = "ENABLED")
    protected boolean enabled;

    @Column(name = "EMAIL_VERIFIED")
    protected boolean emailVerified;

    @Column(name = "EMAIL_CONSTRAINT")
    protected String emailConstraint;

    @Column(name = "REALM_ID")
    protected String realmId;

    @Column(name = "FEDERATION_LINK")
    protected String federationLink;

    @Column(name = "NOT_BEFORE")
    protected int notBefore;

    @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 20)
    protected Collection<UserAttributeEntity> attributes = new LinkedList<>();

    @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 20)
    protected Collection<CredentialEntity> credentials = new LinkedList<>();
}
