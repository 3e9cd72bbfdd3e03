package dev.optionsdeep.migrate.it.badinput.cycle;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "c2c2c2c2c2c2", parents = "c1c1c1c1c1c1", message = "Second")
public final class V2_Second implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
