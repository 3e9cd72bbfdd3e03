package dev.optionsdeep.migrate.it.parity.converted;

/** Where a claim stands, stored as the one-letter code the old mainframe used. */
public enum ClaimState {
    OPEN('O'), SETTLED('S'), REJECTED('R');

    private final char code;

    ClaimState(char code) {
        this.code = code;
    }

    char code() {
        return code;
    }

    static ClaimState of(char code) {
        for (ClaimState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no claim state " + code);
    }
}
