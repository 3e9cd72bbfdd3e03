package dev.optionsdeep.migrate.it.parity.idclassonly;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The latest reading per sensor and channel: taken_at is a nullable column outside the key. */
@Entity
@Table(name = "ico_latest")
@IdClass(IcoLatestKey.class)
public class IcoLatest extends IcoSample {
}
