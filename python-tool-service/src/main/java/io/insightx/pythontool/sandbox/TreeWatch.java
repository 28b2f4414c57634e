package io.insightx.pythontool.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the process trees of the running executions against their limits: one reading of /proc per period for
 * all of them ({@link ProcessTable}), the exact proportional memory read only for a tree whose resident set is over.
 */
final class TreeWatch {

    /** One execution's tree, its limits, its CPU when it started, and what to do when it is over a limit. */
    private record Watched(ProcessHandle root, Kernel.TreeLimits limits, double cpuAtStart, Consumer<String> over) {
    }

    private final Set<Watched> running = ConcurrentHashMap.newKeySet();

    TreeWatch(ScheduledExecutorService timer, long periodMs) {
        timer.scheduleAtFixedRate(this::check, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code root} until the returned handle is closed; {@code over} gets the name of the limit passed. */
    AutoCloseable watch(ProcessHandle root, Kernel.TreeLimits limits, double cpuAtStart, Consumer<String> over) {
        Watched w = new Watched(root, limits, cpuAtStart, over);
        running.add(w);
        return () -> running.remove(w);
    }

    private void check() {
        if (running.isEmpty()) {
            return;
        }
        ProcessTable table = ProcessTable.read();
        for (Watched w : running) {
            String exceeded = w.limits().exceeded(w.root(), table.usage(w.root().pid()), w.cpuAtStart());
            if (exceeded != null) {
                w.over().accept(exceeded);
            }
        }
    }
}
