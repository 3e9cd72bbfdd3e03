package dev.optionsdeep.migrate.it.parity.iot;

public enum DeviceState {
    PROVISIONED, ACTIVE, INACTIVE, SUSPENDED
}
