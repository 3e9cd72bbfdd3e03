package dev.optionsdeep.migrate.executor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The connection a migration's own JDBC code gets through {@code ops.connection()}: the revision's
 * connection, refusing what would end or leave the revision's transaction (a commit would apply
 * half a revision for good, and the history would not know).
 */
final class GuardedConnection {

    private static final Set<String> TRANSACTION_CONTROL = Set.of("commit", "rollback", "setAutoCommit", "close",
            "abort", "setTransactionIsolation");

    private GuardedConnection() {
    }

    /**
     * @param resuming true while the steps run before it are being skipped, because an earlier run committed them
     */
    static Connection of(Connection c, String revision, BooleanSupplier resuming) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (TRANSACTION_CONTROL.contains(method.getName()) && !(method.getName().equals("rollback") && args != null)) {
                        throw new SQLException("revision " + revision + " called ops.connection()." + method.getName()
                                + "(): a revision runs in one transaction, which Migrate commits with its version and history"
                                + " rows. For a statement that cannot run in a transaction, use"
                                + " ops.executeOutsideTransaction(sql) or ops.createIndexConcurrently(…).");
                    }
                    if (resuming.getAsBoolean() && method.getDeclaringClass() != Object.class) {
                        throw new SQLException("revision " + revision + " is resuming after an interruption, and its JDBC"
                                + " code through ops.connection() comes before the step it resumes at, so it would run"
                                + " twice. Finish the revision by hand, then record it with mvn migrate:stamp.");
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
