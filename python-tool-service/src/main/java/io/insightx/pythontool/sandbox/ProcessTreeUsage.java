package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Memory and CPU of a whole process tree, read from /proc. rlimits count per process (three children may each hold
 * the limit), and these machines have no cgroup v2 to count per sandbox, so the service adds the tree up itself.
 * <p>
 * {@link #of} gives memory as the resident set, from one pass over /proc ({@link ProcessTable}). The resident set
 * is never below the proportional set size (shared pages split between their users, so forked kernels that share
 * the zygote's libraries are not counted many times), which {@link #proportional} reads from smaps_rollup: about
 * 3 ms of kernel time for a process holding pandas (stat: 10 µs), so it is read only when the bound is over a limit.
 */
public record ProcessTreeUsage(long memoryBytes, double cpuSeconds, int processes) {

    private static final long PAGE = 4096;

    /** The usage of {@code root} and every process below it, memory as the resident set. */
    public static ProcessTreeUsage of(ProcessHandle root) {
        return ProcessTable.read().usage(root.pid());
    }

    /** The same with memory as the proportional set size: exact, and dear to read. */
    public static ProcessTreeUsage proportional(ProcessHandle root) {
        ProcessTreeUsage resident = of(root);
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        long memory = 0;
        for (ProcessHandle p : tree) {
            memory += proportionalBytes(p.pid());
        }
        return new ProcessTreeUsage(memory, resident.cpuSeconds(), tree.size());
    }

    /** Pss of smaps_rollup; where it is unreadable, the resident set; nothing when the process has ended. */
    private static long proportionalBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not readable here (or gone): the resident set below.
        }
        try {
            String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split("\\s+");
            return Long.parseLong(statm[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
