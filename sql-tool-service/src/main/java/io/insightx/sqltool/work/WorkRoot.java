package io.insightx.sqltool.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This instance's scratch directory, {@code <java.io.tmpdir>/insightx-sql/<uuid>}: query spill space, exports and
 * upload workers live under it. The instance locks {@code <uuid>.lock} beside it before creating it and holds the
 * lock for as long as it runs, so that at startup a directory whose lock can be taken is known to belong to a
 * crashed instance (several instances may share the host) and is removed; a live instance's directory is never
 * touched.
 */
@ApplicationScoped
public class WorkRoot {

    static final String LOCK_SUFFIX = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    public WorkRoot() throws IOException {
        this(Path.of(System.getProperty("java.io.tmpdir"), "insightx-sql"));
    }

    WorkRoot(Path parent) throws IOException {
        Files.createDirectories(parent);
        removeAbandoned(parent);
        String name = UUID.randomUUID().toString();
        this.lockChannel = FileChannel.open(parent.resolve(name + LOCK_SUFFIX), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        this.lock = lockChannel.lock();
        this.dir = Files.createDirectories(parent.resolve(name));
    }

    public Path dir() {
        return dir;
    }

    /** A new, empty directory under this instance's root, named by {@code prefix}. */
    public Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(dir, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a directory and everything in it; what cannot be removed now goes with the instance's root. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            Log.debugf("Could not remove all of %s: %s", directory, e.getMessage());
        }
    }

    private static void removeAbandoned(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            children.filter(Files::isDirectory).filter(WorkRoot::abandoned).forEach(d -> {
                Log.infof("Removing %s, left behind by an instance that is no longer running", d);
                delete(d);
                delete(lockFile(d));
            });
        }
    }

    private static Path lockFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + LOCK_SUFFIX);
    }

    // A directory without a lock file beside it is not one of ours (or predates this scheme): leave it alone.
    private static boolean abandoned(Path candidate) {
        Path lockFile = lockFile(candidate);
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return false;
            }
            probe.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            Log.debugf("Could not release the lock of %s: %s", dir, e.getMessage());
        }
        delete(dir);
        delete(lockFile(dir));
    }
}
