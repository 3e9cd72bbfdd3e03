package dev.optionsdeep.migrate.it.badinput.constructorthrows;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "0000000000c2", message = "Constructor throws")
public final class V1_Throws implements Migration {

    public V1_Throws() {
        throw new IllegalStateException("cannot read prices.csv");
    }

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
