package io.insightx.pythontool.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;

/**
 * The zygote process (zygote.py in its bubblewrap sandbox): started once, and again if it ever ends. It imported
 * pandas, numpy, matplotlib and scipy once; a kernel costs it a fork. What it prints goes to this service's log.
 */
final class Zygote {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path socket;
    private final Duration startTimeout;
    private final ScheduledExecutorService timer;
    private Process process;

    Zygote(List<String> command, Map<String, String> environment, Path socketDir, Duration startTimeout,
            ScheduledExecutorService timer) {
        this.command = command;
        this.environment = environment;
        this.socket = socketDir.resolve("zygote.sock");
        this.startTimeout = startTimeout;
        this.timer = timer;
    }

    /** A fresh kernel, isolated and ready for its first request. */
    Kernel fork() throws IOException {
        return Kernel.open(socket, running().toHandle(), startTimeout, timer);
    }

    boolean isAlive() {
        Process p = current();
        return p != null && p.isAlive();
    }

    synchronized void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private synchronized Process current() {
        return process;
    }

    private synchronized Process running() throws IOException {
        if (process != null && process.isAlive()) {
            return process;
        }
        if (process != null) {
            Log.warn("The Python zygote ended; starting another");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process started = builder.start();
        ScheduledFuture<?> alarm = timer.schedule(started::destroyForcibly, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        BufferedReader output = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
        try {
            StringBuilder said = new StringBuilder();
            for (String line; (line = output.readLine()) != null; ) {
                if (line.equals("READY")) {
                    process = started;
                    drain(output);
                    return started;
                }
                said.append(line).append('\n');
            }
            started.destroyForcibly();
            throw new IOException("The zygote did not start: " + said.toString().strip());
        } finally {
            alarm.cancel(false);
        }
    }

    /** Whatever the zygote or a kernel that could not be made says later is for the operator. */
    private static void drain(BufferedReader output) {
        Thread drainer = new Thread(() -> {
            try {
                for (String line; (line = output.readLine()) != null; ) {
                    Log.warnf("python zygote: %s", line);
                }
            } catch (IOException e) {
                // The zygote ended; the next fork starts another.
            }
        }, "zygote-output");
        drainer.setDaemon(true);
        drainer.start();
    }
}
