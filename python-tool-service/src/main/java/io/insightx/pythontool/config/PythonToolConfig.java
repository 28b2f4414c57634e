package io.insightx.pythontool.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything this service can be told, under {@code insightx.*} (each key overridable by environment variable). */
@ConfigMapping(prefix = "insightx")
public interface PythonToolConfig {

    /** Bearer token every API call must carry ({@code INSIGHTX_INTERNAL_TOKEN}); no check when absent. */
    Optional<String> internalToken();

    Python python();

    Sandbox sandbox();

    Execution execution();

    interface Python {
        /** The interpreter, with pandas, numpy, matplotlib and scipy installed (Debian's python3-* packages). */
        @WithDefault("/usr/bin/python3")
        String interpreter();
    }

    interface Sandbox {
        /** The bubblewrap executable. */
        @WithDefault("/usr/bin/bwrap")
        String bwrap();

        /** Development only: run Python without bubblewrap (rlimits still apply) when bubblewrap cannot run. */
        @WithDefault("false")
        boolean allowUnsandboxed();

        /** Spare kernels forked in advance for executions that name no kernel. */
        @WithDefault("2")
        int poolSize();

        /** Most kernels alive at once; a new one ends the least recently used idle one ({@code kernels-busy} if none). */
        @WithDefault("16")
        int maxKernels();

        /** A kernel idle this long ends; its next execution starts afresh ({@code INSIGHTX_SANDBOX_KERNEL_IDLE_SECONDS}). */
        @WithDefault("600")
        int kernelIdleSeconds();

        /** Longest wait for the zygote to import its libraries, or for a kernel to be forked and ready. */
        @WithDefault("30s")
        Duration startTimeout();

        /** CPU seconds one execution may use, all the kernel's processes together. */
        @WithDefault("30")
        int cpuSeconds();

        /** Memory of one kernel in MiB: address space of each process (RLIMIT_AS) and the whole tree together. */
        @WithDefault("2048")
        int memoryMb();

        /** Processes and threads one kernel may hold (RLIMIT_NPROC in its own user namespace, hard). */
        @WithDefault("64")
        int maxProcesses();

        /** Largest file the code may write, in MiB (RLIMIT_FSIZE, hard). */
        @WithDefault("64")
        int maxFileMb();

        /** Size of the private work directory and /tmp, each a tmpfs, in MiB. */
        @WithDefault("256")
        int tmpfsMb();

        /** Size of the private {@code /dev/shm} tmpfs, in MiB (shared memory of multiprocessing and the like). */
        @WithDefault("64")
        int devShmMb();

        /** First of the host uid ranges instances take when the service runs as root (the zygote runs as the first). */
        @WithDefault("61000")
        int uidBase();

        /** Width of each instance's uid range. */
        @WithDefault("1000")
        int uidCount();
    }

    interface Execution {
        /** Wall-clock limit when a request names no {@code timeoutMs}. */
        @WithDefault("10s")
        Duration defaultTimeout();

        /** Upper bound for {@code timeoutMs}. */
        @WithDefault("2m")
        Duration maxTimeout();

        /** Bytes of stdout and of stderr returned; the rest is cut with a marker. */
        @WithDefault("65536")
        int outputCapBytes();

        /** Rows of each returned DataFrame. */
        @WithDefault("10000")
        int maxRows();

        /** Largest whole answer (figures, tables, result) in bytes; beyond it the execution is killed. */
        @WithDefault("33554432")
        int maxResultBytes();
    }
}
