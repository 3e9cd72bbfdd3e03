package dev.optionsdeep.migrate.it.badinput.orphan;

import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revision;

@Revision(id = "0b0000000002", parents = "0b0000000001", message = "Follows a revision that is gone")
public final class V2_FollowsNothing implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
