package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.insightx.pythontool.api.ProblemException;
import io.insightx.pythontool.config.PythonToolConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where Python runs: a zygote in a bubblewrap sandbox forks one isolated kernel per chat (kept alive between its
 * executions) or per execution without a chat (thrown away after it). Refilling costs a fork, not an import.
 */
@Startup
@ApplicationScoped
public class PythonSandbox {

    private static final long SWEEP_PERIOD_MS = 1000;
    /** How often the running executions' process trees are measured against their limits. */
    private static final long WATCH_PERIOD_MS = 100;

    private final PythonToolConfig config;
    private final HostFiles files;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("sandbox-timer"));
    private final TreeWatch watch = new TreeWatch(timer, WATCH_PERIOD_MS);
    private final Kernel.TreeLimits limits;
    private final KernelPool kernels;
    private final BlockingQueue<Kernel> spares = new LinkedBlockingQueue<>();
    private final AtomicInteger forking = new AtomicInteger();
    private final ExecutorService forker = Executors.newSingleThreadExecutor(daemon("kernel-forker"));
    private SandboxUids uids;
    private Zygote zygote;
    private Path socketDir;
    private volatile boolean sandboxed = true;
    private volatile String unavailable;

    public PythonSandbox(PythonToolConfig config, HostFiles files, MeterRegistry metrics) {
        this.config = config;
        this.files = files;
        PythonToolConfig.Sandbox s = config.sandbox();
        this.limits = new Kernel.TreeLimits((long) s.memoryMb() * 1024 * 1024, s.cpuSeconds());
        this.kernels = new KernelPool(s.maxKernels(), s.kernelIdleSeconds(), s.startTimeout());
        start();
        refill();
        timer.scheduleAtFixedRate(() -> kernels.sweep(limits), SWEEP_PERIOD_MS, SWEEP_PERIOD_MS,
                TimeUnit.MILLISECONDS);
        Gauge.builder("insightx.python.kernels.live", kernels, KernelPool::live)
                .description("Kernels alive, each holding one chat's interpreter").register(metrics);
        Gauge.builder("insightx.python.kernels.max", s::maxKernels).description("Most kernels alive at once")
                .register(metrics);
        Gauge.builder("insightx.python.kernels.memory", kernels, KernelPool::idleMemory).baseUnit("bytes")
                .description("Memory held by the idle kernels (proportional set size)").register(metrics);
        Gauge.builder("insightx.python.kernel.memory.limit", limits::memoryBytes).baseUnit("bytes")
                .description("Memory one kernel may hold, all its processes together").register(metrics);
    }

    /** Runs one request: on the kernel of {@code kernelId}, or on a fresh kernel thrown away after it. */
    public KernelPool.Run run(String kernelId, byte[] request, long timeoutMs) {
        if (unavailable != null) {
            throw new ProblemException(503, "sandbox-unavailable", "Sandbox unavailable", unavailable);
        }
        int maxAnswer = config.execution().maxResultBytes();
        KernelPool.KernelWork work = k -> k.execute(request, timeoutMs, maxAnswer, limits, watch, timer);
        try {
            if (kernelId != null) {
                return kernels.run(kernelId, zygote, work);
            }
            Kernel kernel = spare();
            try {
                return new KernelPool.Run(work.run(kernel), false);
            } finally {
                kernel.kill();
            }
        } catch (IOException e) {
            throw new ProblemException(503, "sandbox-unavailable", "Sandbox unavailable",
                    "No kernel could be started: " + e.getMessage());
        }
    }

    /** Null when executions can run; otherwise why not. */
    public String unavailableReason() {
        return unavailable;
    }

    public boolean isSandboxed() {
        return sandboxed;
    }

    public int liveKernels() {
        return kernels.live();
    }

    public int spareKernels() {
        return spares.size();
    }

    /** A kernel forked in advance (forking one now when there is none), and another forked in its place. */
    private Kernel spare() throws IOException {
        Kernel kernel = spares.poll();
        refill();
        while (kernel != null && !kernel.isAlive()) {
            kernel = spares.poll();
        }
        return kernel != null ? kernel : zygote.fork();
    }

    private void refill() {
        while (unavailable == null && spares.size() + forking.get() < config.sandbox().poolSize()) {
            forking.incrementAndGet();
            forker.execute(() -> {
                try {
                    spares.add(zygote.fork());
                } catch (IOException e) {
                    Log.warnf("A spare kernel was not forked: %s", e.getMessage());
                } finally {
                    forking.decrementAndGet();
                }
            });
        }
    }

    private void start() {
        try {
            zygote = zygote(true);
            Log.infof("Python sandbox ready (a zygote in bubblewrap, running as %s)",
                    uids == null ? "the service's uid" : "host uid " + uids.first());
            return;
        } catch (IOException | RuntimeException e) {
            unavailable = "the sandbox cannot run here: " + e.getMessage();
            if (zygote != null) {
                zygote.stop();
            }
        }
        if (config.sandbox().allowUnsandboxed()) {
            try {
                zygote = zygote(false);
                sandboxed = false;
                unavailable = null;
                Log.error("UNSANDBOXED PYTHON: bubblewrap cannot run, and insightx.sandbox.allow-unsandboxed=true lets "
                        + "untrusted code run with rlimits only. Never do this outside development.");
                return;
            } catch (IOException e) {
                unavailable += "; unsandboxed: " + e.getMessage();
            }
        }
        Log.errorf("Python executions are refused: %s", unavailable);
    }

    private Zygote zygote(boolean isolated) throws IOException {
        SandboxCommand command = new SandboxCommand(config, files.root());
        socketDir = Files.createTempDirectory("insightx-zygote-");
        OptionalInt uid = OptionalInt.empty();
        if (isolated && HostUser.isRoot()) {
            uids = SandboxUids.acquire(config.sandbox().uidBase(), config.sandbox().uidCount(), SandboxUids.defaultLockDir());
            uid = OptionalInt.of(uids.first());
            Files.setAttribute(socketDir, "unix:uid", uids.first());
        }
        if (isolated && !Files.isReadable(files.podFilter())) {
            throw new IOException("no seccomp filter (Debian's python3-seccomp compiles it at start)");
        }
        Map<String, String> hostEnv = System.getenv();
        Zygote z = isolated
                ? new Zygote(command.zygote(uid, socketDir, hostEnv), Map.of(), socketDir, config.sandbox().startTimeout(), timer)
                : new Zygote(command.unsandboxedZygote(socketDir), command.environment(socketDir.toString(),
                        files.fontCache().toString(), hostEnv), socketDir, config.sandbox().startTimeout(), timer);
        try {
            z.fork().kill();
        } catch (IOException | RuntimeException e) {
            z.stop();
            throw e;
        }
        return z;
    }

    @PreDestroy
    void stop() {
        forker.shutdownNow();
        spares.forEach(Kernel::kill);
        kernels.stop();
        if (zygote != null) {
            zygote.stop();
        }
        timer.shutdownNow();
        if (socketDir != null) {
            WorkDirs.delete(socketDir);
        }
        if (uids != null) {
            try {
                uids.close();
            } catch (IOException e) {
                // The lock goes with the process anyway.
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
