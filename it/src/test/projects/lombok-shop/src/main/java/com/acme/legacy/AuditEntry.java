package com.acme.legacy;

import jakarta.persistence.Entity;
import lombok.Getter;

@Entity
@Getter
public class AuditEntry {
    private String message;
}
