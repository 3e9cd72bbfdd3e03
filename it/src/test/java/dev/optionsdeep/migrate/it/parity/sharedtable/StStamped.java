package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.Date;

/** What every table of the model has: when and by whom a row was made. */
@MappedSuperclass
public abstract class StStamped {

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATE_TIME")
    protected Date createTime;

    @Column(name = "ADDED_BY_ID")
    protected Long addedById;
}
