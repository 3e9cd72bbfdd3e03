package dev.optionsdeep.migrate.it.parity.modern;

public enum Role {
    READER, AUTHOR, EDITOR, MODERATOR, ADMIN
}
