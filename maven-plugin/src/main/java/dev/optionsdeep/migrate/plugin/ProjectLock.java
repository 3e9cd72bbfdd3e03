package dev.optionsdeep.migrate.plugin;

import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A file lock on the project's {@code target/migrate/project.lock}, held while a goal writes revision
 * files (class, snapshot, head record), so that two goals started at once in one checkout write one
 * after the other instead of interleaving. Released by the operating system when the process dies.
 */
final class ProjectLock implements AutoCloseable {

    static final String FILE = "migrate/project.lock";

    private static final Duration WAIT = Duration.ofMinutes(5);

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(Path buildDirectory, Log log) throws IOException {
        Path file = buildDirectory.resolve(FILE);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new ProjectLock(channel, lock);
                }
                if (!told) {
                    log.info("Waiting for another Migrate goal in this project to finish writing revisions (" + file + ")");
                    told = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new ConfigurationException("another Migrate goal in this project held " + file + " for more than "
                            + WAIT.toMinutes() + " minutes: let it finish, or stop it, then run this goal again");
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + file, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null when another process (or another goal of this build, in a parallel build) holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
