package dev.optionsdeep.migrate.it.parity.schemas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import java.util.Set;

@Entity
@Table(schema = "crm")
@SecondaryTable(name = "crm_customer_profile", schema = "crm")
public class CrmCustomer {
    @Id private Long id;
    @ElementCollection @CollectionTable(schema = "crm") private Set<String> notes;
    @Column(table = "crm_customer_profile") private String bio;
}
