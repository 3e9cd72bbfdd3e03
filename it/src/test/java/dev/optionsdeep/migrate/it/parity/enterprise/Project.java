package dev.optionsdeep.migrate.it.parity.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.hibernate.annotations.ColumnTransformer;

import java.util.List;

/** A project: its members in a bag, a code stored in lower case and read in upper case. */
@Entity
public class Project {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "CODE", length = 20)
    @ColumnTransformer(read = "upper(CODE)", write = "lower(?)")
    private String code;

    @ManyToMany
    @JoinTable(name = "PROJECT_MEMBER", joinColumns = @JoinColumn(name = "PROJECT_ID"),
            inverseJoinColumns = @JoinColumn(name = "EMP_ID"))
    private List<Employee> members;
}
