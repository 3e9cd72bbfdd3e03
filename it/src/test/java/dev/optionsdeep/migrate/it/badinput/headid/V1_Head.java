package dev.optionsdeep.migrate.it.badinput.headid;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "head", message = "Named head")
public final class V1_Head implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
