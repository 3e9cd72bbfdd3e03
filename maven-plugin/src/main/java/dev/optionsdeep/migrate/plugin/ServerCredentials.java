package dev.optionsdeep.migrate.plugin;

/** Username and decrypted password of a {@code <server>} in settings.xml; either may be null. */
record ServerCredentials(String username, String password) {

    @Override
    public String toString() {
        return "ServerCredentials[username=" + username + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
