package dev.optionsdeep.migrate.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed start-up upgrade as Spring Boot prints its own start-up failures: what happened, then the action. */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
