package io.insightx.pythontool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One pass over /proc measures a whole tree: its processes, their resident memory and CPU. */
class ProcessTableTest {

    @Test
    void aTreeCountsItsChildrenAndTheirMemory() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            ProcessTreeUsage self = ProcessTable.read().usage(ProcessHandle.current().pid());
            ProcessTreeUsage alone = ProcessTable.read().usage(child.pid());
            assertThat(alone.processes()).isEqualTo(1);
            assertThat(alone.memoryBytes()).isPositive();
            assertThat(self.processes()).isGreaterThanOrEqualTo(2);
            assertThat(self.memoryBytes()).isGreaterThan(alone.memoryBytes());
            assertThat(self.cpuSeconds()).isPositive();
            assertThat(ProcessTreeUsage.proportional(child.toHandle()).memoryBytes())
                    .isPositive().isLessThanOrEqualTo(alone.memoryBytes());
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertThat(ProcessTable.read().usage(child.pid()).processes()).isZero();
    }
}
