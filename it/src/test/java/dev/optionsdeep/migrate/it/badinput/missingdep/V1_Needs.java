package dev.optionsdeep.migrate.it.badinput.missingdep;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "de0000000001", message = "Needs another", dependsOn = "de0000000000")
public final class V1_Needs implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
