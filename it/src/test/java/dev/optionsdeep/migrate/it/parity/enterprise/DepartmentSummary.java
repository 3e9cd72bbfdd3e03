package dev.optionsdeep.migrate.it.parity.enterprise;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** A report over a query: no table of its own. */
@Entity
@Immutable
@Subselect("select d.DEPT_ID as id, count(e.EMP_ID) as headcount from DEPT d left join EMP e on e.DEPT_ID = d.DEPT_ID group by d.DEPT_ID")
@Synchronize({"DEPT", "EMP"})
public class DepartmentSummary {

    @Id
    private Long id;

    private long headcount;
}
