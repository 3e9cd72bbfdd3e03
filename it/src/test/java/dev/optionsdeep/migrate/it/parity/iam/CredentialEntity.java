package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Nationalized;

@Entity
@Table(name = "CREDENTIAL")
public class CredentialEntity {

    @Id
    @Column(name = "ID", length = 36)
    protected String id;

    @Column(name = "TYPE")
    protected String type;

    @Nationalized
    @Column(name = "USER_LABEL")
    protected String userLabel;

    @Column(name = "CREATED_DATE")
    protected Long createdDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "USER_ID")
    protected UserEntity user;

    @Nationalized
    @Column(name = "SECRET_DATA", length = 4000)
    protected String secretData;

    @Nationalized
    @Column(name = "CREDENTIAL_DATA", length = 4000)
    protected String credentialData;

    @Column(name = "PRIORITY")
    protected int priority;

    @Version
    @Column(name = "VERSION")
    private int version;
}
