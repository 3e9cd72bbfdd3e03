package dev.optionsdeep.migrate.it.parity.auditgaps;

/** A card's colour. */
public enum AgShade { RED, AMBER, GREEN }
