package dev.optionsdeep.migrate.it.parity.iot;

public enum AttributeScope {
    CLIENT_SCOPE, SERVER_SCOPE, SHARED_SCOPE, GLOBAL_SCOPE
}
