package io.insightx.pythontool.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.pythontool.api.ProblemException;
import io.insightx.pythontool.config.PythonToolConfig;
import io.insightx.pythontool.sandbox.Interpreter;
import io.insightx.pythontool.sandbox.InterpreterPool;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs code in a pooled sandbox and turns what the sandbox said, or how it ended, into one answer. */
@ApplicationScoped
public class ExecutionService {

    private static final int SIGKILL = 128 + 9;
    private static final int SIGXCPU = 128 + 24;
    private static final int SIGXFSZ = 128 + 25;

    private final InterpreterPool pool;
    private final ObjectMapper json;
    private final PythonToolConfig.Execution limits;
    private final int memoryMb;

    public ExecutionService(InterpreterPool pool, ObjectMapper json, PythonToolConfig config) {
        this.pool = pool;
        this.json = json;
        this.limits = config.execution();
        this.memoryMb = config.sandbox().memoryMb();
    }

    public ExecuteResult execute(ExecuteRequest request) {
        if (request == null || request.code() == null) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "'code' is required.");
        }
        long timeoutMs = timeoutMs(request.timeoutMs());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", request.code());
        payload.put("inputs", request.inputs() == null ? Map.of() : request.inputs());
        long start = System.nanoTime();
        Interpreter.Outcome outcome;
        try {
            outcome = pool.run(json.writeValueAsBytes(payload), timeoutMs);
        } catch (IOException e) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "The inputs cannot be encoded.");
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        ExecuteResult answer = parse(outcome);
        if (answer != null) {
            return answer.withElapsed(elapsedMs);
        }
        return explain(outcome, timeoutMs, elapsedMs);
    }

    private ExecuteResult parse(Interpreter.Outcome outcome) {
        String text = new String(outcome.output(), StandardCharsets.UTF_8).strip();
        String last = text.substring(text.lastIndexOf('\n') + 1);
        if (outcome.overflowed() || !last.startsWith("{")) {
            return null;
        }
        try {
            return json.readValue(last, ExecuteResult.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The sandbox ended without an answer: say which limit ended it. */
    private ExecuteResult explain(Interpreter.Outcome outcome, long timeoutMs, long elapsedMs) {
        if (outcome.timedOut()) {
            return ExecuteResult.failed("timeout", "Timeout",
                    "The code ran longer than " + timeoutMs + " ms and was stopped.", elapsedMs);
        }
        if ("memory".equals(outcome.treeLimit())) {
            return ExecuteResult.failed("killed", "MemoryLimit", "The code's processes together used more than "
                    + memoryMb + " MiB and were stopped.", elapsedMs);
        }
        if ("cpu".equals(outcome.treeLimit())) {
            return ExecuteResult.failed("killed", "CpuLimit", "The code used up its CPU time.", elapsedMs);
        }
        if (outcome.overflowed()) {
            return ExecuteResult.failed("killed", "OutputLimit",
                    "The answer grew beyond " + limits.maxResultBytes() + " bytes and the code was stopped.", elapsedMs);
        }
        return switch (outcome.exitCode()) {
            case SIGXCPU -> ExecuteResult.failed("killed", "CpuLimit", "The code used up its CPU time.", elapsedMs);
            case SIGXFSZ -> ExecuteResult.failed("killed", "FileSizeLimit", "The code wrote a file over the size limit.",
                    elapsedMs);
            case SIGKILL -> ExecuteResult.failed("killed", "Killed",
                    "The sandbox was killed for exceeding a memory or process limit.", elapsedMs);
            default -> ExecuteResult.failed("error", "Crash",
                    "The interpreter ended without an answer (exit code " + outcome.exitCode() + ").", elapsedMs);
        };
    }

    private long timeoutMs(Long requested) {
        long value = requested == null ? limits.defaultTimeout().toMillis() : requested;
        if (value < 1 || value > limits.maxTimeout().toMillis()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "'timeoutMs' must be between 1 and " + limits.maxTimeout().toMillis() + ".");
        }
        return value;
    }
}
