package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@MappedSuperclass
public abstract class BvAudited {

    @NotNull
    @Size(max = 50)
    private String createdBy;
}
