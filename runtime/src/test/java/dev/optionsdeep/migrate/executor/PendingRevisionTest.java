package dev.optionsdeep.migrate.executor;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What current and history say a plain upgrade does next with a half-applied revision. */
class PendingRevisionTest {

    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-12-05T21:00:00Z");

    @Test
    void anInterruptedUpgradeIsResumedByTheNextUpgrade() {
        PendingRevision p = new PendingRevision("0e0000000002", "upgrade", "0e0000000001", "0e0000000002", 1, STARTED);
        assertEquals("mvn migrate:upgrade resumes it at step 2", p.nextUpgrade());
        assertEquals("mvn migrate:upgrade -Dtarget=0e0000000002", p.resumeCommand());
    }

    /** A downgrade to the interrupted revision itself would leave it out: the target is where the downgrade leads. */
    @Test
    void anInterruptedDowngradeIsFinishedByADowngradeToWhereItLeads() {
        PendingRevision toParent = new PendingRevision("0e0000000002", "downgrade", "0e0000000002", "0e0000000001", 2, STARTED);
        assertEquals("mvn migrate:upgrade refuses to run until it is finished: mvn migrate:downgrade -Dtarget=0e0000000001"
                + " resumes it at step 3", toParent.nextUpgrade());
        assertEquals("mvn migrate:downgrade -Dtarget=base",
                new PendingRevision("0e0000000001", "downgrade", "0e0000000001", "base", 0, STARTED).resumeCommand());
        assertEquals("mvn migrate:downgrade -Dtarget=-1",
                new PendingRevision("0e0000000009", "downgrade", "0e0000000009", "0e0000000007,0e0000000008", 0, STARTED)
                        .resumeCommand());
    }
}
