package dev.optionsdeep.migrate.it.badinput.labelhead;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "1abe10000001", message = "Labelled head", branchLabels = "head")
public final class V1_Label implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
