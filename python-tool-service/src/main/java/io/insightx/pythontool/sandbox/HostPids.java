package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a kernel's process as this service sees it. The zygote knows the pid in its own pid namespace; the line
 * {@code NSpid} of /proc/PID/status lists a process's pid in each namespace, from this one inwards.
 */
final class HostPids {

    private HostPids() {
    }

    static Optional<ProcessHandle> find(ProcessHandle zygote, long zygotePid) {
        return zygote.descendants().filter(p -> pidSeenByZygote(p.pid()) == zygotePid).findFirst();
    }

    private static long pidSeenByZygote(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("NSpid:")) {
                    String[] pids = line.substring("NSpid:".length()).trim().split("\\s+");
                    // Unsandboxed, the zygote shares this pid namespace; sandboxed, bubblewrap's is the next one in.
                    return Long.parseLong(pids.length == 1 ? pids[0] : pids[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone while being looked at.
        }
        return -1;
    }
}
