package dev.optionsdeep.migrate.executor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of one revision's step in the history: SHA-256 over the statements it ran, each
 * followed by a zero byte. The same statements give the same checksum whether a live run or an SQL
 * script records them, so the two histories compare.
 */
final class Checksum {

    /** Prefixed to every checksum so that the scheme can change later. */
    static final String VERSION = "1";

    private final MessageDigest digest;

    Checksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void add(String sql) {
        digest.update(sql.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** {@code 1:} and 64 hex digits. */
    String value() {
        return VERSION + ":" + HexFormat.of().formatHex(digest.digest());
    }
}
