package io.insightx.pythontool.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One live interpreter forked by the zygote, reached on its own connection: one request at a time, one answer line
 * each. Killing its first process ends its whole pid namespace, so nothing it started outlives it.
 */
public final class Kernel {

    /** The raw end of one execution: the answer line, and why there is none when there is none. */
    public record Outcome(byte[] output, boolean timedOut, boolean overflowed, String treeLimit) {
    }

    /** What the whole process tree of one kernel may use: memory at any time, CPU per execution. */
    public record TreeLimits(long memoryBytes, double cpuSeconds) {

        /** The limit {@code tree} is over, or null; {@code usage} is its cheap reading ({@link ProcessTreeUsage#of}). */
        String exceeded(ProcessHandle tree, ProcessTreeUsage usage, double cpuAtStart) {
            if (usage.memoryBytes() > memoryBytes && ProcessTreeUsage.proportional(tree).memoryBytes() > memoryBytes) {
                return "memory";
            }
            return usage.cpuSeconds() - cpuAtStart > cpuSeconds ? "cpu" : null;
        }
    }

    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final ProcessHandle process;

    private Kernel(SocketChannel channel, ProcessHandle process) {
        this.channel = channel;
        this.in = Channels.newInputStream(channel);
        this.out = Channels.newOutputStream(channel);
        this.process = process;
    }

    /** Asks the zygote for a kernel and waits until it is isolated and ready. */
    static Kernel open(Path socket, ProcessHandle zygote, Duration timeout, ScheduledExecutorService timer)
            throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        ScheduledFuture<?> alarm = timer.schedule(() -> closeQuietly(channel), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            InputStream in = Channels.newInputStream(channel);
            String first = readLine(in);
            if (first == null || !first.startsWith("KERNEL ")) {
                throw new IOException("The zygote did not fork a kernel: " + first);
            }
            long pid = Long.parseLong(first.substring("KERNEL ".length()).trim());
            String ready = readLine(in);
            if (!"READY".equals(ready)) {
                throw new IOException("The kernel did not start: " + ready);
            }
            ProcessHandle process = HostPids.find(zygote, pid)
                    .orElseThrow(() -> new IOException("The kernel's process is not visible from here"));
            return new Kernel(channel, process);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            alarm.cancel(false);
        }
    }

    public Outcome execute(byte[] request, long timeoutMs, int maxAnswerBytes, TreeLimits limits, TreeWatch watch,
            ScheduledExecutorService timer) {
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<String> treeLimit = new AtomicReference<>();
        double cpuAtStart = ProcessTreeUsage.of(process).cpuSeconds();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            timedOut.set(true);
            kill();
        }, timeoutMs, TimeUnit.MILLISECONDS);
        AutoCloseable watching = watch.watch(process, limits, cpuAtStart, over -> {
            if (treeLimit.compareAndSet(null, over)) {
                kill();
            }
        });
        try {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean overflowed = false;
            try {
                out.write(request);
                out.write('\n');
                out.flush();
                overflowed = readAnswer(answer, maxAnswerBytes);
            } catch (IOException e) {
                // The kernel ended (killed, or it ended itself): there is no answer, and the reason is below.
            }
            if (overflowed || answer.size() == 0) {
                kill();
            }
            return new Outcome(answer.toByteArray(), timedOut.get(), overflowed, treeLimit.get());
        } finally {
            alarm.cancel(false);
            closeQuietly(watching);
        }
    }

    /** Memory (resident set) and CPU of the kernel and everything it started. */
    public ProcessTreeUsage usage() {
        return ProcessTreeUsage.of(process);
    }

    /** The limit the kernel's whole tree is over since {@code cpuAtStart}, or null. */
    String exceeded(TreeLimits limits, double cpuAtStart) {
        return limits.exceeded(process, usage(), cpuAtStart);
    }

    /** Memory of the kernel's tree as its proportional set (shared pages split): what it really holds. */
    long proportionalMemory() {
        return ProcessTreeUsage.proportional(process).memoryBytes();
    }

    public boolean isAlive() {
        return channel.isOpen() && process.isAlive();
    }

    /** Ends the kernel: its pid namespace, and every process in it, goes with its first process. */
    public void kill() {
        process.destroyForcibly();
        closeQuietly(channel);
    }

    private boolean readAnswer(ByteArrayOutputStream answer, int max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            int end = indexOf(buffer, n, (byte) '\n');
            answer.write(buffer, 0, end < 0 ? n : end);
            if (answer.size() > max) {
                return true;
            }
            if (end >= 0) {
                return false;
            }
        }
        answer.reset(); // cut short: half an answer is none
        return false;
    }

    private static int indexOf(byte[] buffer, int length, byte b) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
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

    private static void closeQuietly(AutoCloseable watching) {
        try {
            watching.close();
        } catch (Exception e) {
            // Removing it from the watch cannot fail.
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is all that was wanted.
        }
    }
}
