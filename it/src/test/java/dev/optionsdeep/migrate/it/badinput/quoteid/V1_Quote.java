package dev.optionsdeep.migrate.it.badinput.quoteid;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "x'; DROP TABLE companies; --", message = "Quoted id")
public final class V1_Quote implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
