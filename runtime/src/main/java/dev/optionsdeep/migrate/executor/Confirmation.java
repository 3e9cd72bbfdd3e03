package dev.optionsdeep.migrate.executor;

import java.util.List;

/**
 * Asked, under the migration lock and before anything runs, to let a move go ahead: given what in
 * the planned revisions needs a confirmation in a protected environment (steps that may lose data,
 * with the values at stake; SQL or JDBC code that cannot be checked ahead; every reverted revision
 * of a downgrade), one line each. Throws to stop the move; nothing has run then.
 */
@FunctionalInterface
public interface Confirmation {

    void confirm(List<String> risks);
}
