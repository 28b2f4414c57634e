package io.insightx.orchestrator.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.BrainChoice;
import io.insightx.orchestrator.agent.Classification;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.DataLook;
import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.llm.CannotAnswerException;
import io.insightx.orchestrator.client.LlmUnavailableException;
import io.insightx.orchestrator.client.ToolUnavailableException;
import io.insightx.orchestrator.config.OrchestratorConfig;
import io.insightx.orchestrator.persistence.Artifact;
import io.insightx.orchestrator.persistence.ArtifactRepository;
import io.insightx.orchestrator.persistence.ChatRepository;
import io.insightx.orchestrator.persistence.EventRepository;
import io.insightx.orchestrator.persistence.InsightRepository;
import io.insightx.orchestrator.persistence.Message;
import io.insightx.orchestrator.tool.PythonInput;
import io.insightx.orchestrator.tool.RunPythonTool;
import io.insightx.orchestrator.tool.RunSqlTool;
import io.insightx.orchestrator.tool.ToolOutcome;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers one question: the orchestrator agent classifies it, the SQL and Python agents compute, the composer or
 * the explainer writes the answer, and every step is an event. Whatever happens, the run ends with {@code done},
 * and an outage ends it with a retryable {@code error} first.
 */
@ApplicationScoped
public class ChatPipeline {

    private final RunSqlTool sql;
    private final RunPythonTool python;
    private final ChatRepository chats;
    private final ArtifactRepository artifacts;
    private final InsightRepository insights;
    private final EventRepository events;
    private final ObjectMapper json;
    private final int maxCorrections;

    public ChatPipeline(RunSqlTool sql, RunPythonTool python, ChatRepository chats, ArtifactRepository artifacts,
            InsightRepository insights, EventRepository events, ObjectMapper json, OrchestratorConfig config) {
        this.sql = sql;
        this.python = python;
        this.chats = chats;
        this.artifacts = artifacts;
        this.insights = insights;
        this.events = events;
        this.json = json;
        this.maxCorrections = config.agents().maxCorrections();
    }

    public void answer(ChatRun run, Question question, BrainChoice choice) {
        long start = System.nanoTime();
        AgentSteps steps = new AgentSteps(run, artifacts, maxCorrections);
        Brain brain = choice.brain();
        try {
            steps.status("thinking", "Reading the question and the data");
            choice.reason().ifPresent(reason -> {
                ObjectNode said = run.payload().put("mode", choice.mode()).put("reason", reason);
                choice.until().ifPresent(until -> said.put("until", until.toString()));
                run.emit("brain", said);
            });
            readContext(steps, question);
            steps.agent("orchestrator");
            Classification classification = brain.classify(question, steps.rotations());
            run.emit("classification", run.payload().put("intent", classification.intent().name())
                    .put("reason", classification.reason()));
            ComposedAnswer answer = work(steps, question, classification, brain);
            finish(run, steps, classification, answer);
        } catch (StepFailedException e) {
            fail(run, e.code(), e.getMessage(), false, null);
        } catch (ToolUnavailableException e) {
            fail(run, "tool-unavailable", e.tool() + " is not answering right now; try again in a moment.", true, null);
        } catch (LlmUnavailableException e) {
            fail(run, e.code(), llmMessage(e), true, e.retryAfterSeconds());
        } catch (RuntimeException e) {
            Log.error("A chat run failed unexpectedly", e);
            fail(run, "internal-error", "Something went wrong while answering; the failure is logged.", true, null);
        } finally {
            run.emit("done", run.payload().put("elapsedMs", (System.nanoTime() - start) / 1_000_000));
        }
    }

    private void readContext(AgentSteps steps, Question q) {
        ArrayNode tables = json.createArrayNode();
        q.datasets().forEach(d -> tables.addObject().put("table", d.tableName()).put("name", d.name())
                .put("rows", d.rowCount()));
        steps.simple("read_data_dna", json.createObjectNode().put("datasets", q.datasets().size()), tables);
        ObjectNode context = json.createObjectNode().put("insights", q.insights().size())
                .put("messages", q.history().size());
        steps.simple("read_context", json.createObjectNode(), context);
    }

    private ComposedAnswer work(AgentSteps steps, Question q, Classification c, Brain brain) {
        if (c.intent() == Intent.EXPLAIN_ONLY || q.datasets().isEmpty()) {
            steps.agent("explainer");
            return brain.explain(q, steps.rotations(), steps.tokens());
        }
        try {
            return computed(steps, q, c, brain);
        } catch (CannotAnswerException e) {
            // The agent found the data cannot answer: that is the answer, with what could be asked instead.
            return new ComposedAnswer(e.markdown(), List.of()).with(ComposedAnswer.Understanding.none(List.of()));
        }
    }

    private ComposedAnswer computed(AgentSteps steps, Question q, Classification c, Brain brain) {
        List<StepResult> results = new ArrayList<>();
        // The statement (with its params) that answered, for Python's whole copy of its result.
        AtomicReference<SqlStatement> answered = new AtomicReference<>();
        StepResult data;
        if (c.intent().needsSqlAgent()) {
            steps.agent("sql");
            DataLook looks = steps.looks(statement -> sql.run(q.datasets(), statement));
            data = steps.attempt(RunSqlTool.NAME, "sql", failure -> brain.writeSql(q, failure, steps.rotations(), looks),
                    statement -> remembered(answered, statement, sql.run(q.datasets(), statement)));
        } else {
            // PY_ONLY works on the whole table: load it without asking an agent for a query.
            SqlStatement all = SqlStatement.of("SELECT * FROM " + Identifiers.quoted(q.datasets().get(0).tableName()));
            data = steps.attempt(RunSqlTool.NAME, "sql", failure -> all,
                    statement -> remembered(answered, statement, sql.run(q.datasets(), statement)));
        }
        results.add(data);
        PythonInput whole = null;
        if (c.intent().needsPython()) {
            steps.agent("python");
            // Python gets every row of the result (up to the byte cap), not the rows shown to people.
            whole = sql.export(q.datasets(), answered.get());
            PythonInput df = whole;
            StepResult forPython = PythonStepInput.of(data, df, events.lastResult(steps.chatId(), RunPythonTool.NAME)
                    .map(text -> PythonStepInput.parse(json, text)));
            results.add(steps.attempt(RunPythonTool.NAME, "code",
                    failure -> brain.writePython(q, forPython, failure, steps.rotations()),
                    program -> python.run(program, data.output().path("columns"), df, steps.chatId())));
        }
        steps.agent("composer");
        ComposedAnswer answer = brain.compose(q, c, results, steps.rotations(), steps.tokens());
        return whole != null && whole.capped() ? noted(answer, whole.note(), steps) : answer;
    }

    private static ToolOutcome remembered(AtomicReference<SqlStatement> answered, SqlStatement statement,
            ToolOutcome outcome) {
        if (outcome.ok()) {
            answered.set(statement);
        }
        return outcome;
    }

    /** The answer with a note the reader must see (a cut input), streamed after it when it was streamed. */
    private static ComposedAnswer noted(ComposedAnswer answer, String note, AgentSteps steps) {
        String text = "\n\n_" + note + "_";
        if (answer.streamed()) {
            steps.tokens().accept(text);
        }
        return new ComposedAnswer(answer.content() + text, answer.insights(), answer.charts(), answer.streamed(),
                answer.understanding(), answer.verification());
    }

    private void finish(ChatRun run, AgentSteps steps, Classification c, ComposedAnswer answer) {
        if (!answer.streamed()) {
            // A brain that wrote its answer at once (the offline analyst) still reaches the reader as tokens: a line
            // each, since the whole text is there already and every event costs a stored row, an SSE frame and a
            // render of the text so far in the browser (three words a piece made 28 events of an answer).
            steps.tokens(List.of(answer.content().split("(?<=\n)")));
        }
        answer.charts().forEach(spec -> steps.save("vega-lite", spec.path("title").asText("Chart"),
                "application/vnd.vegalite.v5+json", spec.toString().getBytes(StandardCharsets.UTF_8)));
        Message message = chats.addMessage(run.chatId(), "assistant", answer.content(), c.intent().name());
        List<Artifact> produced = steps.produced();
        artifacts.attach(produced.stream().map(Artifact::id).toList(), message.id());
        // Only a grounded answer teaches the session anything: a made-up number would reach every later prompt.
        if (!answer.insights().isEmpty() && answer.verification().grounded()) {
            ArrayNode saved = json.createArrayNode();
            answer.insights().forEach(text -> insights.add(run.sessionId(), run.chatId(), text)
                    .ifPresent(i -> saved.add(i.text())));
            steps.simple("write_context", json.createObjectNode().set("insights", saved),
                    json.createObjectNode().put("saved", saved.size()));
        }
        ObjectNode fin = run.payload().put("messageId", message.id().toString()).put("content", answer.content());
        ArrayNode links = fin.putArray("artifacts");
        produced.forEach(a -> links.addObject().put("id", a.id().toString()).put("kind", a.kind())
                .put("title", a.title()).put("mediaType", a.mediaType()).put("url", a.url()));
        ArrayNode learned = fin.putArray("insights");
        answer.insights().forEach(learned::add);
        ComposedAnswer.Understanding understanding = answer.understanding();
        fin.put("interpretation", understanding.interpretation()).put("understood", understanding.understood());
        ArrayNode ignored = fin.putArray("ignored");
        understanding.ignored().forEach(ignored::add);
        if (understanding.plan() != null) {
            fin.set("plan", understanding.plan());
        }
        ComposedAnswer.Verification verification = answer.verification();
        fin.put("complete", verification.complete()).put("grounded", verification.grounded());
        if (!verification.unsupportedNumbers().isEmpty()) {
            ArrayNode unsupported = fin.putArray("unsupportedNumbers");
            verification.unsupportedNumbers().forEach(unsupported::add);
        }
        run.emit("final", fin);
    }

    private void fail(ChatRun run, String code, String message, boolean retryable, Long retryAfterSeconds) {
        ObjectNode error = run.payload().put("code", code).put("message", message).put("retryable", retryable);
        if (retryAfterSeconds != null) {
            error.put("retryAfterSeconds", retryAfterSeconds);
        }
        run.emit("error", error);
        try {
            chats.addMessage(run.chatId(), "assistant", message, null);
        } catch (RuntimeException e) {
            Log.warn("Could not store the failure message of a chat", e);
        }
    }

    private static String llmMessage(LlmUnavailableException e) {
        if ("keys-exhausted".equals(e.code())) {
            return "Every LLM key is rate-limited or out of quota" + (e.retryAfterSeconds() == null ? "."
                    : "; the first recovers in " + e.retryAfterSeconds() + " s.");
        }
        return e.getMessage();
    }
}
