package io.insightx.pythontool.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.pythontool.api.ProblemException;
import io.insightx.pythontool.config.PythonToolConfig;
import io.insightx.pythontool.sandbox.Kernel;
import io.insightx.pythontool.sandbox.PythonSandbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs code on a kernel and turns what the kernel said, or how it ended, into one answer. */
@ApplicationScoped
public class ExecutionService {

    /** Longest kernel id: the orchestrator's chat ids are UUIDs. */
    private static final int MAX_KERNEL_ID = 200;

    private final PythonSandbox sandbox;
    private final ObjectMapper json;
    private final PythonToolConfig.Execution limits;
    private final int memoryMb;

    public ExecutionService(PythonSandbox sandbox, ObjectMapper json, PythonToolConfig config) {
        this.sandbox = sandbox;
        this.json = json;
        this.limits = config.execution();
        this.memoryMb = config.sandbox().memoryMb();
    }

    public ExecuteResult execute(ExecuteRequest request) {
        if (request == null || request.code() == null) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "'code' is required.");
        }
        if (request.kernel() != null && (request.kernel().isBlank() || request.kernel().length() > MAX_KERNEL_ID)) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "'kernel' must be 1 to " + MAX_KERNEL_ID + " characters.");
        }
        if (request.inputs() != null) {
            request.inputs().forEach((name, input) -> {
                String format = input.path("format").asText("");
                if (!format.isEmpty() && !format.equals("csv")) {
                    throw new ProblemException(400, "invalid-request", "Invalid request", "Input '" + name
                            + "' has format '" + format + "': give rows, or a CSV file ({format: csv, data: base64}).");
                }
            });
        }
        long timeoutMs = timeoutMs(request.timeoutMs());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", request.code());
        payload.put("inputs", request.inputs() == null ? Map.of() : request.inputs());
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "The inputs cannot be encoded.");
        }
        long start = System.nanoTime();
        var run = sandbox.run(request.kernel(), bytes, timeoutMs);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        ExecuteResult answer = parse(run.outcome());
        if (answer == null) {
            answer = explain(run.outcome(), timeoutMs);
        }
        return answer.finish(elapsedMs, request.kernel() == null ? null : run.restarted());
    }

    private ExecuteResult parse(Kernel.Outcome outcome) {
        if (outcome.overflowed() || outcome.output().length == 0) {
            return null;
        }
        try {
            return json.readValue(new String(outcome.output(), StandardCharsets.UTF_8), ExecuteResult.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The kernel ended without an answer: say which limit ended it. */
    private ExecuteResult explain(Kernel.Outcome outcome, long timeoutMs) {
        if (outcome.timedOut()) {
            return ExecuteResult.failed("timeout", "Timeout", "The code ran longer than " + timeoutMs + " ms and was stopped.");
        }
        if ("memory".equals(outcome.treeLimit())) {
            return ExecuteResult.failed("killed", "MemoryLimit", "The code's processes together used more than "
                    + memoryMb + " MiB and were stopped.");
        }
        if ("cpu".equals(outcome.treeLimit())) {
            return ExecuteResult.failed("killed", "CpuLimit", "The code used up its CPU time.");
        }
        if (outcome.overflowed()) {
            return ExecuteResult.failed("killed", "OutputLimit",
                    "The answer grew beyond " + limits.maxResultBytes() + " bytes and the code was stopped.");
        }
        return ExecuteResult.failed("error", "Crash", "The interpreter ended without an answer (it exited or was killed).");
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
