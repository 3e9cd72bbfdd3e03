package dev.optionsdeep.migrate.it.parity.enterprise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.hibernate.annotations.SortNatural;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

@Entity
@Table(name = "DEPT")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "dept_gen")
    @TableGenerator(name = "dept_gen", table = "ID_GEN", pkColumnName = "GEN_KEY", valueColumnName = "GEN_VALUE",
            pkColumnValue = "DEPT_ID", initialValue = 1000, allocationSize = 1)
    @Column(name = "DEPT_ID")
    private Long id;

    @Column(name = "DEPT_NAME", nullable = false, length = 60)
    private String name;

    @OneToMany(mappedBy = "department")
    @OrderBy("lastName ASC")
    private List<Employee> employees;

    @ElementCollection
    @CollectionTable(name = "DEPT_PROPS", joinColumns = @JoinColumn(name = "DEPT_ID"))
    @MapKeyColumn(name = "PROP_KEY", length = 40)
    @Column(name = "PROP_VALUE", length = 200)
    private Map<String, String> properties;

    @ElementCollection
    @CollectionTable(name = "DEPT_CODES", joinColumns = @JoinColumn(name = "DEPT_ID"))
    @Column(name = "CODE", length = 10)
    @SortNatural
    private SortedSet<String> codes = new TreeSet<>();
}
