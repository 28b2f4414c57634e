package io.insightx.pythontool.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out host uids in turn. A uid of its own makes RLIMIT_NPROC count one sandbox's processes only (the kernel
 * counts per uid, and never limits root); every sandbox is killed whole before its uid comes round again.
 */
final class SandboxUids {

    private final int base;
    private final int count;
    private final AtomicInteger next = new AtomicInteger();

    SandboxUids(int base, int count) {
        this.base = base;
        this.count = count;
    }

    int next() {
        return base + Math.floorMod(next.getAndIncrement(), count);
    }
}
