package io.insightx.pythontool.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One sandboxed Python process: started, waited on until it has imported its libraries, then given exactly one
 * request and killed, whole, afterwards. Its answer is everything it wrote to stdout after {@code READY}.
 */
public final class Interpreter {

    private static final String READY = "READY";

    private final Process process;
    private final Path workDir;

    private Interpreter(Process process, Path workDir) {
        this.process = process;
        this.workDir = workDir;
    }

    /** The raw end of one execution: what the runner wrote, and why it ended ({@code treeLimit}: memory or cpu). */
    public record Outcome(byte[] output, boolean timedOut, boolean overflowed, String treeLimit, int exitCode) {
    }

    /** What the whole process tree of one sandbox may use together. */
    public record TreeLimits(long memoryBytes, double cpuSeconds) {
    }

    private static final long WATCH_PERIOD_MS = 100;

    static Interpreter start(List<String> command, Map<String, String> environment, Path workDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        return new Interpreter(builder.start(), workDir);
    }

    /** Blocks until the interpreter says READY; anything else it says first is the reason it could not start. */
    void awaitReady(Duration timeout, ScheduledExecutorService timer) throws IOException {
        ScheduledFuture<?> alarm = timer.schedule(this::kill, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            String line = readLine(process.getInputStream());
            if (!READY.equals(line)) {
                String rest = new String(process.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
                kill();
                throw new IOException("The interpreter did not start: " + (line == null ? "" : line) + " " + rest.strip());
            }
        } finally {
            alarm.cancel(false);
        }
    }

    public Outcome execute(byte[] request, long timeoutMs, int maxOutputBytes, TreeLimits limits,
            ScheduledExecutorService timer) {
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<String> treeLimit = new AtomicReference<>();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            timedOut.set(true);
            kill();
        }, timeoutMs, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> watch = timer.scheduleAtFixedRate(() -> {
            String over = exceeded(ProcessTreeUsage.of(process.toHandle()), limits);
            if (over != null && treeLimit.compareAndSet(null, over)) {
                kill();
            }
        }, WATCH_PERIOD_MS, WATCH_PERIOD_MS, TimeUnit.MILLISECONDS);
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(request);
            } catch (IOException e) {
                // The interpreter died before taking the request; its exit code tells why.
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean overflowed = copyCapped(process.getInputStream(), out, maxOutputBytes);
            if (overflowed) {
                kill();
            }
            int exitCode = waitForExit();
            return new Outcome(out.toByteArray(), timedOut.get(), overflowed, treeLimit.get(), exitCode);
        } finally {
            alarm.cancel(false);
            watch.cancel(false);
            kill();
        }
    }

    private static String exceeded(ProcessTreeUsage usage, TreeLimits limits) {
        if (usage.memoryBytes() > limits.memoryBytes()) {
            return "memory";
        }
        return usage.cpuSeconds() > limits.cpuSeconds() ? "cpu" : null;
    }

    /**
     * Kills every process in the sandbox, then lets bubblewrap reap its own child and exit before it is killed too:
     * killed first, it would leave that child to PID 1, which in a container may never reap it (a zombie per call).
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (workDir != null) {
            WorkDirs.delete(workDir);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return -1;
        }
    }

    private static boolean copyCapped(InputStream in, ByteArrayOutputStream out, int max) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (out.size() + n > max) {
                    return true;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The stream closes under us when the sandbox is killed: what was read is all there is.
        }
        return false;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (line.size() > 4096) {
                break;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }
}
