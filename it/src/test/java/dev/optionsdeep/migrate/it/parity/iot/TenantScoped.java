package dev.optionsdeep.migrate.it.parity.iot;

/** What belongs to a tenant; relationships name it by this interface and the entity behind it. */
public interface TenantScoped {
}
