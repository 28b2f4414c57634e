package io.insightx.orchestrator.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.AgentOutput;
import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.DataLook;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.persistence.Artifact;
import io.insightx.orchestrator.persistence.ArtifactRepository;
import io.insightx.orchestrator.tool.RunSqlTool;
import io.insightx.orchestrator.tool.ToolOutcome;

/**
 * The events and artifacts of one answer's steps: which agent works, each tool call and its result, and the
 * bounded loop in which a failed SQL or Python call goes back to its agent with the error.
 */
final class AgentSteps {

    /** Rows of a result one event carries (a whole table loaded for Python has more; its CSV artifact has all). */
    static final int SHOWN_ROWS = 1000;

    private final ChatRun run;
    private final ArtifactRepository artifacts;
    private final int maxCorrections;
    private final List<Artifact> produced = new ArrayList<>();

    AgentSteps(ChatRun run, ArtifactRepository artifacts, int maxCorrections) {
        this.run = run;
        this.artifacts = artifacts;
        this.maxCorrections = maxCorrections;
    }

    /** The chat this run answers in (python-tool keeps the chat's kernel under it). */
    UUID chatId() {
        return run.chatId();
    }

    List<Artifact> produced() {
        return produced;
    }

    void status(String stage, String message) {
        run.emit("status", run.payload().put("stage", stage).put("message", message));
    }

    void agent(String name) {
        checkNotCancelled();
        run.emit("agent", run.payload().put("agent", name));
    }

    Consumer<KeyRotation> rotations() {
        return r -> run.emit("key_rotation", run.payload().put("fromKey", r.fromKey()).put("toKey", r.toKey())
                .put("reason", r.reason()));
    }

    /** Text of the answer as the composer or the explainer writes it. */
    Consumer<String> tokens() {
        return text -> run.emit("token", run.payload().put("text", text));
    }

    /** Text of an answer written at once, as its pieces, stored together. */
    void tokens(List<String> texts) {
        run.emitAll("token", texts.stream().map(text -> run.payload().put("text", text)).toList());
    }

    /** A tool call whose input and output are shown as they are (read_data_dna, read_context, write_context). */
    JsonNode simple(String tool, JsonNode input, JsonNode output) {
        String callId = callId();
        ObjectNode call = run.payload().put("callId", callId).put("tool", tool);
        call.set("input", input);
        run.emit("tool_call", call);
        ObjectNode result = run.payload().put("callId", callId).put("tool", tool).put("ok", true).put("elapsedMs", 0);
        result.set("output", output);
        run.emit("tool_result", result);
        return output;
    }

    /**
     * Asks an agent for SQL or code, runs it, and on failure hands the errors back for another try, each try its own
     * tool_call/tool_result pair. Every earlier failure of the run goes back with the last one, and the same input
     * never runs twice: an agent that repeats a failed one is stopped. Returns the first success; throws when every
     * correction failed too.
     */
    <T extends AgentOutput> StepResult attempt(String tool, String inputField, Function<Brain.Attempt, T> author,
            Function<T, ToolOutcome> executor) {
        List<Brain.Attempt> failures = new ArrayList<>();
        Set<String> tried = new HashSet<>();
        for (int attempt = 0; attempt <= maxCorrections; attempt++) {
            checkNotCancelled();
            T written = author.apply(failures.isEmpty() ? null : Failures.fedBack(failures));
            String input = written.text();
            if (!tried.add(Failures.normalised(input))) {
                throw new StepFailedException(Failures.code(tool), Failures.repeated(tool, failures));
            }
            String callId = callId();
            ObjectNode call = run.payload().put("callId", callId).put("tool", tool);
            ObjectNode shownInput = call.putObject("input").put(inputField, input);
            if (!written.params().isEmpty()) {
                ArrayNode params = shownInput.putArray("params");
                written.params().forEach(p -> params.add(params.pojoNode(p)));
            }
            shownInput.put("attempt", attempt + 1);
            run.emit("tool_call", call);
            ToolOutcome outcome = executor.apply(written);
            JsonNode shown = outcome.ok() ? keep(tool, input, outcome.output()) : outcome.output();
            ObjectNode result = run.payload().put("callId", callId).put("tool", tool).put("ok", outcome.ok())
                    .put("elapsedMs", outcome.elapsedMs());
            result.set("output", shown);
            run.emit("tool_result", result);
            if (outcome.ok()) {
                return new StepResult(tool, input, outcome.output());
            }
            failures.add(new Brain.Attempt(input, outcome.error()));
        }
        throw new StepFailedException(Failures.code(tool), Failures.exhausted(tool, failures));
    }

    /** A look at the data an agent takes before it answers: run, and shown as a tool call, but kept nowhere. */
    DataLook looks(Function<SqlStatement, ToolOutcome> executor) {
        return (sql, purpose) -> {
            checkNotCancelled();
            String callId = callId();
            ObjectNode call = run.payload().put("callId", callId).put("tool", RunSqlTool.NAME);
            call.putObject("input").put("sql", sql).put("purpose", purpose).put("look", true);
            run.emit("tool_call", call);
            ToolOutcome outcome = executor.apply(SqlStatement.of(sql));
            ObjectNode result = run.payload().put("callId", callId).put("tool", RunSqlTool.NAME)
                    .put("ok", outcome.ok()).put("elapsedMs", outcome.elapsedMs());
            result.set("output", outcome.output());
            run.emit("tool_result", result);
            return outcome.output();
        };
    }

    /** Stores what a successful call produced as artifacts; figures in the shown output become links to them. */
    private JsonNode keep(String tool, String input, JsonNode output) {
        boolean sql = "run_sql".equals(tool);
        save(sql ? "sql" : "code", sql ? "SQL" : "Python", sql ? "text/plain" : "text/x-python",
                input.getBytes(StandardCharsets.UTF_8));
        if (sql) {
            save("table", "Result", "text/csv", Csv.of(output.path("columns"), output.path("rows")));
            if (output.path("rows").size() <= SHOWN_ROWS) {
                return output;
            }
            ObjectNode shown = ((ObjectNode) output.deepCopy()).put("truncated", true);
            ArrayNode rows = shown.putArray("rows");
            for (int i = 0; i < SHOWN_ROWS; i++) {
                rows.add(output.path("rows").get(i));
            }
            return shown;
        }
        ObjectNode shown = output.deepCopy();
        ArrayNode figures = shown.putArray("figures");
        for (JsonNode figure : output.path("figures")) {
            Artifact png = save("figure", "Chart", "image/png", Base64.getDecoder().decode(figure.path("data").asText()));
            figures.addObject().put("format", "png").put("artifactId", png.id().toString()).put("url", png.url());
        }
        for (JsonNode table : output.path("tables")) {
            save("table", table.path("name").asText("Table"), "text/csv", Csv.of(table.path("columns"), table.path("rows")));
        }
        return shown;
    }

    Artifact save(String kind, String title, String mediaType, byte[] body) {
        Artifact artifact = artifacts.save(run.sessionId(), run.chatId(), kind, title, mediaType, body);
        produced.add(artifact);
        return artifact;
    }

    void checkNotCancelled() {
        if (run.cancelled()) {
            throw new StepFailedException("cancelled", "The question was cancelled.");
        }
    }

    private static String callId() {
        return "call_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
