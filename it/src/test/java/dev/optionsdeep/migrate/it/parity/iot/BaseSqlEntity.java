package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** What every stored object has: a uuid id chosen by the application and its creation time. */
@MappedSuperclass
public abstract class BaseSqlEntity<D> {

    @Id
    @Column(name = "id", columnDefinition = "uuid")
    protected UUID id;

    @Column(name = "created_time", updatable = false)
    protected long createdTime;

    public abstract D toData();
}
