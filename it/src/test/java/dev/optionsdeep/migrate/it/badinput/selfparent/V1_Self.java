package dev.optionsdeep.migrate.it.badinput.selfparent;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "5e1f00000001", parents = "5e1f00000001", message = "Follows itself")
public final class V1_Self implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
