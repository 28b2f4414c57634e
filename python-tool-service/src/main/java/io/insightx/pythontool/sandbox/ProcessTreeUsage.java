package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

/**
 * Memory and CPU of a whole process tree, read from /proc. rlimits count per process (three children may each hold
 * the limit), and these machines have no cgroup v2 to count per sandbox, so the service adds the tree up itself.
 * Memory is the proportional set size (shared pages split between their users, so forked children that share
 * their parent's libraries are not counted twice); where smaps_rollup is unreadable, the resident set.
 * <p>
 * Reading smaps_rollup costs about 3 ms of kernel time for a process holding pandas (statm: 10 µs), and the limits
 * are watched ten times a second per execution: {@link #of} reads the resident set, which is never below the
 * proportional set, and {@link #proportional} is read only when that bound is over a limit.
 */
public record ProcessTreeUsage(long memoryBytes, double cpuSeconds, int processes) {

    private static final long PAGE = 4096;
    private static final double TICKS_PER_SECOND = 100;

    /**
     * The usage of {@code root} and every process below it, memory as the resident set (an upper bound of the
     * proportional set); processes that end while being read count as nothing.
     */
    public static ProcessTreeUsage of(ProcessHandle root) {
        return read(root, ProcessTreeUsage::residentBytes);
    }

    /** The same with memory as the proportional set size: exact, and a thousand times dearer to read. */
    public static ProcessTreeUsage proportional(ProcessHandle root) {
        return read(root, ProcessTreeUsage::proportionalBytes);
    }

    private static ProcessTreeUsage read(ProcessHandle root, LongUnaryOperator memoryOf) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        long memory = 0;
        double cpu = 0;
        for (ProcessHandle p : tree) {
            memory += memoryOf.applyAsLong(p.pid());
            cpu += cpuSeconds(p.pid());
        }
        return new ProcessTreeUsage(memory, cpu, tree.size());
    }

    private static long proportionalBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not readable here (or gone): fall back to the resident set.
        }
        return residentBytes(pid);
    }

    private static long residentBytes(long pid) {
        try {
            String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split("\\s+");
            return Long.parseLong(statm[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** User and system time of the process and of the children it has waited for (utime, stime, cutime, cstime). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces and parentheses: fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(fields[i]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
