package io.insightx.pythontool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxUidsTest {

    @TempDir
    Path locks;

    @Test
    void twoInstancesOnOneHostGetDisjointRanges() throws Exception {
        try (SandboxUids first = SandboxUids.acquire(61000, 1000, locks);
             SandboxUids second = SandboxUids.acquire(61000, 1000, locks)) {
            assertThat(first.first()).isEqualTo(61000);
            assertThat(second.first()).isEqualTo(62000);
            for (int i = 0; i < 2500; i++) {
                assertThat(first.next()).isBetween(61000, 61999);
                assertThat(second.next()).isBetween(62000, 62999);
            }
        }
    }

    @Test
    void aRangeIsFreeAgainOnceItsInstanceHasGone() throws Exception {
        SandboxUids gone = SandboxUids.acquire(61000, 1000, locks);
        try (SandboxUids staying = SandboxUids.acquire(61000, 1000, locks)) {
            gone.close();
            try (SandboxUids next = SandboxUids.acquire(61000, 1000, locks)) {
                assertThat(next.first()).isEqualTo(61000);
                assertThat(staying.first()).isEqualTo(62000);
            }
        }
    }
}
