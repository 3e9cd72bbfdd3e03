package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;

import java.util.Map;

@Entity
@Table(name = "tenant")
public class Tenant extends BaseSqlEntity<String> implements TenantScoped {

    @NaturalId
    @Column(name = "title")
    private String title;

    @Column(name = "region")
    private String region;

    @Convert(converter = JsonMapConverter.class)
    @Column(name = "additional_info", length = 4096)
    private Map<String, String> additionalInfo;

    @Override
    public String toData() {
        return title;
    }
}
