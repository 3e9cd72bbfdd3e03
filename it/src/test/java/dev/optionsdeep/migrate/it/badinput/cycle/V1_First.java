package dev.optionsdeep.migrate.it.badinput.cycle;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "c1c1c1c1c1c1", parents = "c2c2c2c2c2c2", message = "First")
public final class V1_First implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
