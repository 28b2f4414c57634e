package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.insightx.pythontool.api.ProblemException;
import io.insightx.pythontool.config.PythonToolConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@code pool-size} sandboxed interpreters started, with pandas, numpy and matplotlib imported, so that an
 * execution does not pay the half second of imports. Each interpreter runs one execution and is then killed; the
 * pool refills in the background. Chosen over a fork server inside one sandbox, which would be faster but would
 * let one execution share memory and files with the next.
 */
@Startup
@ApplicationScoped
public class InterpreterPool {

    private final PythonToolConfig config;
    private final SandboxCommand command;
    private final SandboxUids uids;
    private final Path seccompFilter;
    private final Interpreter.TreeLimits treeLimits;
    private final boolean root = HostUser.isRoot();
    private final BlockingQueue<Interpreter> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger starting = new AtomicInteger();
    private final ExecutorService starter = Executors.newFixedThreadPool(2, daemon("sandbox-starter"));
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("sandbox-timer"));
    private final Map<String, String> hostEnv = System.getenv();
    private volatile boolean sandboxed = true;
    private volatile String unavailable;

    public InterpreterPool(PythonToolConfig config, HostFiles files) {
        this.config = config;
        this.command = new SandboxCommand(config, files.root());
        this.seccompFilter = files.seccompFilter();
        this.treeLimits = new Interpreter.TreeLimits((long) config.sandbox().memoryMb() * 1024 * 1024,
                config.sandbox().cpuSeconds());
        this.uids = acquireUids(config.sandbox());
        verifySandbox();
        refill();
    }

    /** Runs one request in a fresh interpreter; the interpreter is gone when this returns. */
    public Interpreter.Outcome run(byte[] request, long timeoutMs) {
        Interpreter interpreter = take();
        try {
            return interpreter.execute(request, timeoutMs, config.execution().maxResultBytes(), treeLimits, timer);
        } finally {
            interpreter.kill();
        }
    }

    /** Null when executions can run; otherwise why not. */
    public String unavailableReason() {
        return unavailable;
    }

    public boolean isSandboxed() {
        return sandboxed;
    }

    public int readyCount() {
        return ready.size();
    }

    private Interpreter take() {
        if (unavailable != null) {
            throw new ProblemException(503, "sandbox-unavailable", "Sandbox unavailable", unavailable);
        }
        Interpreter interpreter = ready.poll();
        refill();
        if (interpreter != null && interpreter.isAlive()) {
            return interpreter;
        }
        try {
            return start();
        } catch (IOException e) {
            throw new ProblemException(503, "sandbox-unavailable", "Sandbox unavailable",
                    "No interpreter could be started: " + e.getMessage());
        }
    }

    private void refill() {
        while (unavailable == null && ready.size() + starting.get() < config.sandbox().poolSize()) {
            starting.incrementAndGet();
            starter.execute(() -> {
                try {
                    ready.add(start());
                } catch (IOException e) {
                    Log.warnf("A pooled interpreter did not start: %s", e.getMessage());
                } finally {
                    starting.decrementAndGet();
                }
            });
        }
    }

    private Interpreter start() throws IOException {
        Interpreter interpreter;
        if (sandboxed) {
            if (!Files.isReadable(seccompFilter)) {
                throw new IOException("no seccomp filter (Debian's python3-seccomp compiles it at start)");
            }
            OptionalInt uid = root ? OptionalInt.of(uids.next()) : OptionalInt.empty();
            interpreter = Interpreter.start(command.sandboxed(uid, hostEnv), Map.of(), null);
        } else {
            Path work = WorkDirs.create();
            Map<String, String> env = command.environment(work.toString(), "", hostEnv);
            interpreter = Interpreter.start(command.unsandboxed(), env, work);
        }
        interpreter.awaitReady(config.sandbox().startTimeout(), timer);
        return interpreter;
    }

    private SandboxUids acquireUids(PythonToolConfig.Sandbox sandbox) {
        if (!root) {
            return null;
        }
        try {
            SandboxUids taken = SandboxUids.acquire(sandbox.uidBase(), sandbox.uidCount(), SandboxUids.defaultLockDir());
            Log.infof("Sandbox host uids %d-%d", taken.first(), taken.first() + sandbox.uidCount() - 1);
            return taken;
        } catch (IOException e) {
            unavailable = "no sandbox uid range: " + e.getMessage();
            return null;
        }
    }

    private void verifySandbox() {
        if (unavailable != null) {
            Log.errorf("Python executions are refused: %s", unavailable);
            return;
        }
        try {
            start().kill();
            Log.infof("Python sandbox ready (bubblewrap, %s)", root ? "a host uid per sandbox" : "the service's uid");
            return;
        } catch (IOException | RuntimeException e) {
            unavailable = "bubblewrap cannot run here: " + e.getMessage();
        }
        if (config.sandbox().allowUnsandboxed()) {
            sandboxed = false;
            unavailable = null;
            Log.error("UNSANDBOXED PYTHON: bubblewrap cannot run, and insightx.sandbox.allow-unsandboxed=true lets "
                    + "untrusted code run with rlimits only. Never do this outside development.");
        } else {
            Log.errorf("Python executions are refused: %s", unavailable);
        }
    }

    @PreDestroy
    void stop() {
        if (uids != null) {
            try {
                uids.close();
            } catch (IOException e) {
                // The lock goes with the process anyway.
            }
        }
        starter.shutdownNow();
        timer.shutdownNow();
        List<Interpreter> left = List.copyOf(ready);
        left.forEach(Interpreter::kill);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
