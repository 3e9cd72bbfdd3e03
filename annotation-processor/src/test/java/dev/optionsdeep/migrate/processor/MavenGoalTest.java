package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MavenGoalTest {

    private static final String LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @Test
    void theRevisionGoalIsFoundByPrefixOrFullName() {
        assertTrue(MavenGoal.isRevision(LAUNCHER + " -B migrate:revision -Dmessage=Add"));
        assertTrue(MavenGoal.isRevision(LAUNCHER + " dev.optionsdeep.migrate:migrate-maven-plugin:0.1.0:revision"));
        assertTrue(MavenGoal.isRevision(LAUNCHER + " dev.optionsdeep.migrate:migrate-maven-plugin:revision"));
    }

    @Test
    void otherGoalsAndMessagesThatMentionItAreNot() {
        assertFalse(MavenGoal.isRevision(LAUNCHER + " compile"));
        assertFalse(MavenGoal.isRevision(LAUNCHER + " migrate:upgrade -Dmessage=migrate:revisions"));
        assertFalse(MavenGoal.isRevision(LAUNCHER + " migrate:revisionx"));
        assertFalse(MavenGoal.isRevision(null));
    }
}
