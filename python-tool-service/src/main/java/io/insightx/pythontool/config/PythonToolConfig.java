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

        /** Interpreters kept started, with pandas imported, waiting for code. */
        @WithDefault("2")
        int poolSize();

        /** Longest wait for an interpreter to import its libraries and report ready. */
        @WithDefault("30s")
        Duration startTimeout();

        /** CPU seconds one execution may use (RLIMIT_CPU, hard). */
        @WithDefault("30")
        int cpuSeconds();

        /** Address space of each sandboxed process in MiB (RLIMIT_AS, hard). */
        @WithDefault("2048")
        int memoryMb();

        /** Processes and threads one sandbox may hold (RLIMIT_NPROC of its own uid, hard). */
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

        /** First of the host uids given to sandboxes when the service runs as root: one uid per live sandbox. */
        @WithDefault("61000")
        int uidBase();

        /** How many host uids to cycle through, at least the pool size plus the concurrent executions. */
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
