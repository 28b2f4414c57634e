package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out host uids in turn. A uid of its own makes RLIMIT_NPROC count one sandbox's processes only (the kernel
 * counts per uid, and never limits root); every sandbox is killed whole before its uid comes round again.
 * <p>
 * Several instances on one host must not share uids (one's sandboxes would count against the other's process
 * limit): each instance takes the first free range {@code base + i * count} by holding a lock on the file
 * {@code insightx-python-uids-<first uid>.lock} in the lock directory for as long as it runs. The kernel drops the
 * lock when the process ends, however it ends.
 */
final class SandboxUids implements AutoCloseable {

    static final int RANGES = 16;

    private final int base;
    private final int count;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final AtomicInteger next = new AtomicInteger();

    private SandboxUids(int base, int count, FileChannel lockFile, FileLock lock) {
        this.base = base;
        this.count = count;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** Takes the first range of {@code count} uids from {@code base} on that no other instance holds. */
    static SandboxUids acquire(int base, int count, Path lockDir) throws IOException {
        for (int i = 0; i < RANGES; i++) {
            int first = base + i * count;
            FileChannel channel = FileChannel.open(lockDir.resolve("insightx-python-uids-" + first + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return new SandboxUids(first, count, channel, lock);
            }
            channel.close();
        }
        throw new IOException("all " + RANGES + " sandbox uid ranges from " + base + " are held by other instances");
    }

    /** Where the locks live: /run when this process may write there (root), else the temporary directory. */
    static Path defaultLockDir() {
        Path run = Path.of("/run");
        return Files.isWritable(run) ? run : Path.of(System.getProperty("java.io.tmpdir"));
    }

    int first() {
        return base;
    }

    int next() {
        return base + Math.floorMod(next.getAndIncrement(), count);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockFile.close();
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process (another instance in the same JVM, as in tests)
        }
    }
}
