package dev.optionsdeep.migrate.it.badinput.notmigration;

import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "0000000000a1", message = "Not a migration")
public final class V1_NotAMigration {
}
