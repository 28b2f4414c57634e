package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.insightx.pythontool.api.ProblemException;

/**
 * The live kernels, by the caller's id (the orchestrator passes the chat id): one execution at a time per kernel,
 * in the same interpreter, so variables and /work files persist. A kernel ends when idle for too long, when it
 * crashes or is killed by a limit, or, least recently used first, when a new kernel needs its place. An id whose
 * kernel ended gets a fresh one, and the answer says so ({@code kernelRestarted}). When every kernel is running code,
 * a new id waits for one to finish (up to the start timeout) before it is told {@code kernels-busy}: a burst of chats
 * queues instead of failing.
 */
public final class KernelPool {

    /** An execution's raw outcome, and whether its kernel had to be started again. */
    public record Run(Kernel.Outcome outcome, boolean restarted) {
    }

    private static final int REMEMBERED_ENDINGS = 10_000;

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        Kernel kernel;
        long lastUsedNanos = System.nanoTime();
        double cpuAfterLastRun;
    }

    private final int maxKernels;
    private final long idleNanos;
    private final long waitNanos;
    private final Map<String, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);
    /** Ids whose kernel ended, so that their next execution can say it starts afresh. */
    private final Set<String> ended = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_ENDINGS;
        }
    });

    KernelPool(int maxKernels, long idleSeconds, Duration wait) {
        this.maxKernels = maxKernels;
        this.idleNanos = TimeUnit.SECONDS.toNanos(idleSeconds);
        this.waitNanos = wait.toNanos();
    }

    /** Runs {@code work} on the kernel of {@code id}, forked by {@code zygote} first when it has none. */
    Run run(String id, Zygote zygote, KernelWork work) throws IOException {
        Slot slot = lockedSlotFor(id);
        try {
            boolean restarted = false;
            if (slot.kernel == null || !slot.kernel.isAlive()) {
                synchronized (this) {
                    restarted = ended.remove(id);
                }
                slot.kernel = zygote.fork();
            }
            Kernel.Outcome outcome = work.run(slot.kernel);
            slot.lastUsedNanos = System.nanoTime();
            if (slot.kernel.isAlive()) {
                slot.cpuAfterLastRun = slot.kernel.usage().cpuSeconds();
            } else {
                end(id, slot);
            }
            return new Run(outcome, restarted);
        } finally {
            slot.lock.unlock();
            synchronized (this) {
                notifyAll(); // a kernel is free to be evicted: an id waiting for room may take it
            }
        }
    }

    /** What one execution does with its kernel. */
    interface KernelWork {
        Kernel.Outcome run(Kernel kernel);
    }

    synchronized int live() {
        return (int) slots.values().stream().filter(s -> s.kernel != null).count();
    }

    /**
     * Ends kernels idle for too long, and idle kernels whose background threads took more memory than allowed, or
     * more CPU since their last execution than one execution may use.
     */
    void sweep(Kernel.TreeLimits limits) {
        long now = System.nanoTime();
        forEachIdle((id, kernel, slot) -> {
            boolean idle = now - slot.lastUsedNanos > idleNanos;
            if (idle || !kernel.isAlive() || kernel.exceeded(limits, slot.cpuAfterLastRun) != null) {
                kernel.kill();
                end(id, slot);
            }
        });
    }

    /** The memory the idle kernels hold (proportional set), read when asked: it is dear to read. */
    long idleMemory() {
        long[] memory = {0};
        forEachIdle((id, kernel, slot) -> memory[0] += kernel.proportionalMemory());
        return memory[0];
    }

    private interface IdleKernelVisit {
        void visit(String id, Kernel kernel, Slot slot);
    }

    /** Visits each live kernel that is not running code, holding its lock; running ones have their own watch. */
    private void forEachIdle(IdleKernelVisit visit) {
        for (Map.Entry<String, Slot> e : snapshot()) {
            Slot slot = e.getValue();
            if (!slot.lock.tryLock()) {
                continue;
            }
            try {
                if (slot.kernel != null) {
                    visit.visit(e.getKey(), slot.kernel, slot);
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }

    synchronized void stop() {
        slots.values().forEach(s -> {
            if (s.kernel != null) {
                s.kernel.kill();
            }
        });
        slots.clear();
    }

    /** The slot of {@code id}, locked; retried when it was ended between being found and being locked. */
    private Slot lockedSlotFor(String id) {
        while (true) {
            Slot slot = slotFor(id);
            slot.lock.lock();
            synchronized (this) {
                if (slots.get(id) == slot) {
                    return slot;
                }
            }
            slot.lock.unlock();
        }
    }

    private synchronized Slot slotFor(String id) {
        long deadline = System.nanoTime() + waitNanos;
        Slot slot = slots.get(id);
        while (slot == null && slots.size() >= maxKernels && !evictLeastRecentlyUsed()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ProblemException(503, "kernels-busy", "All kernels are busy",
                        "All " + maxKernels + " kernels are running code; try again shortly.");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(503, "kernels-busy", "All kernels are busy", "The wait for a kernel was cut.");
            }
            slot = slots.get(id);
        }
        if (slot != null) {
            return slot;
        }
        slot = new Slot();
        slots.put(id, slot);
        return slot;
    }

    /** Makes room by ending the least recently used kernel that is not running code. */
    private boolean evictLeastRecentlyUsed() {
        for (Map.Entry<String, Slot> e : new ArrayList<>(slots.entrySet())) {
            Slot slot = e.getValue();
            if (slot.lock.tryLock()) {
                try {
                    if (slot.kernel != null) {
                        slot.kernel.kill();
                    }
                    end(e.getKey(), slot);
                    return true;
                } finally {
                    slot.lock.unlock();
                }
            }
        }
        return false;
    }

    private synchronized void end(String id, Slot slot) {
        slot.kernel = null;
        slots.remove(id, slot);
        ended.add(id);
        notifyAll();
    }

    private synchronized List<Map.Entry<String, Slot>> snapshot() {
        return new ArrayList<>(slots.entrySet());
    }
}
