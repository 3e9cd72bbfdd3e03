package dev.optionsdeep.migrate.it.badinput.commaid;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "eeee,ffff", message = "Two ids in one")
public final class V1_Comma implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
