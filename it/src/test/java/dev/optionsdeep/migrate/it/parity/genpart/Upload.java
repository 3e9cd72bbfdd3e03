package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.UUID;

/** An upload keyed by a generated UUID and its tenant. */
@Entity
@Table(name = "hfj_binary_upload")
@IdClass(UploadPid.class)
public class Upload {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID token;

    @Id
    @Column(length = 64)
    private String tenant;

    private long size;
}
