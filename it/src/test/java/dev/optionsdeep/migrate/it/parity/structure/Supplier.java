package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Property access: @Id on a getter makes the getters the attributes, named as JavaBeans. */
@Entity
public class Supplier {
    private Long id;
    private String name;
    private Boolean active;
    private boolean preferred;
    private String url;
    @Access(AccessType.FIELD) @Column(nullable = false, length = 12) private String code;
    private Money credit;

    @Id
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    @Column(nullable = false, length = 80)
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public Boolean isActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }

    public boolean isPreferred() { return preferred; }
    public void setPreferred(boolean preferred) { this.preferred = preferred; }

    public String getURL() { return url; }
    public void setURL(String url) { this.url = url; }

    @AttributeOverride(name = "amount", column = @Column(name = "credit_limit", precision = 14, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "credit_currency", length = 3))
    @AttributeOverride(name = "rounded", column = @Column(name = "credit_rounded"))
    public Money getCredit() { return credit; }
    public void setCredit(Money credit) { this.credit = credit; }

    @Transient
    public String getDisplayName() { return name + " (" + code + ")"; }
}
