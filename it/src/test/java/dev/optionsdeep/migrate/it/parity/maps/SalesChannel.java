package dev.optionsdeep.migrate.it.parity.maps;

public enum SalesChannel { WEB, STORE, MARKETPLACE }
