package dev.optionsdeep.migrate.it.parity.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Date;

@Entity
@Table(name = "EMP")
public class Employee {

    @Id
    @GeneratedValue
    @Column(name = "EMP_ID")
    private Long id;

    @Column(name = "LAST_NAME", nullable = false, length = 40)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DEPT_ID")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Department department;

    /** A manager row may be purged: no constraint, the id stays. */
    @ManyToOne
    @JoinColumn(name = "MGR_ID")
    @NotFound(action = NotFoundAction.IGNORE)
    private Employee manager;

    @ManyToOne
    @JoinColumn(name = "MENTOR_ID", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Employee mentor;

    @Temporal(TemporalType.DATE)
    @Column(name = "HIRE_DT")
    private Date hired;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVIEW_TS")
    private Calendar reviewedAt;

    @Column(name = "LAST_LOGIN")
    private Timestamp lastLogin;

    @Lob
    @Column(name = "RESUME")
    private String resume;

    @Lob
    @Column(name = "PHOTO")
    private byte[] photo;

    @Embedded
    private ContactInfo contact;
}
