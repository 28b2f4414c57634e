package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.Brain;
import io.insightx.orchestrator.agent.Classification;
import io.insightx.orchestrator.agent.DataLook;
import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.client.LlmReply;
import io.insightx.orchestrator.client.LlmStreamClient;
import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The agents as LLM prompts through key-manager. Each agent has its system prompt (configuration). The classifier
 * and the SQL and Python agents answer with one JSON object, parsed strictly (a malformed reply is shown back to
 * the model once to be repaired); the composer and the explainer write Markdown, streamed as it comes.
 */
@ApplicationScoped
public class LlmBrain implements Brain {

    static final String CONTINUE = "Your answer was cut off by the length limit. Continue exactly where it stopped, "
            + "without repeating anything.";
    static final String CUT_SHORT = "\n\n_This answer is incomplete: the model reached its length limit._";

    private final LlmStreamClient streaming;
    private final AgentTurns turns;
    private final OrchestratorConfig.Agents config;
    private final PromptData data;
    private final SqlAgentLoop sqlLoop;
    private final GroundedAnswers grounded;

    public LlmBrain(LlmStreamClient streaming, ObjectMapper json, OrchestratorConfig config, StructuredOutput format) {
        this.streaming = streaming;
        this.config = config.agents();
        this.turns = new AgentTurns(streaming, json, format, this.config.temperature(), this.config.maxTokens());
        this.data = new PromptData(json, config.llm().promptTokens(), this.config.rowsShownToLlm());
        this.grounded = new GroundedAnswers(streaming, turns);
        this.sqlLoop = new SqlAgentLoop(turns, json, data, config.llm().sqlLookSteps(), config.llm().sqlLookTime());
    }

    @Override
    public Classification classify(Question q, Consumer<KeyRotation> rotations) {
        JsonNode reply = turns.ask(config.prompts().classifier(), about(q), "intent", false, rotations);
        return Intents.parse(reply.path("intent").asText())
                .map(intent -> new Classification(intent, reply.path("reason").asText("")))
                .orElseGet(() -> new Classification(Intent.SQL_ONLY,
                        "The classifier's intent was not one of the four; a query is tried."));
    }

    @Override
    public SqlStatement writeSql(Question q, Attempt failure, Consumer<KeyRotation> rotations) {
        return writeSql(q, failure, rotations, null);
    }

    @Override
    public SqlStatement writeSql(Question q, Attempt failure, Consumer<KeyRotation> rotations, DataLook look) {
        List<String> parts = about(q);
        if (failure != null) {
            parts.add("Your previous SQL failed. SQL: " + failure.input() + "\nError: " + failure.error()
                    + "\nWrite a corrected statement.");
        }
        return sqlLoop.write(config.prompts().sql(), parts, failure == null ? look : null, rotations);
    }

    @Override
    public PythonProgram writePython(Question q, StepResult input, Attempt failure, Consumer<KeyRotation> rotations) {
        List<String> parts = new ArrayList<>(List.of(data.profiles(q, 0), "Question: " + q.text()));
        if (input != null) {
            parts.add(data.result(input));
            String kernel = data.kernel(input);
            if (!kernel.isEmpty()) {
                parts.add(kernel);
            }
        }
        if (failure != null) {
            parts.add("Your previous code failed. Code:\n" + failure.input() + "\nError: " + failure.error()
                    + "\nWrite corrected code.");
        }
        return PythonProgram.of(turns.ask(config.prompts().python(), parts, "code", true, rotations).path("code")
                .asText());
    }

    @Override
    public ComposedAnswer compose(Question q, Classification classification, List<StepResult> results,
            Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        List<String> parts = new ArrayList<>(List.of(data.context(q), "Question: " + q.text()));
        results.forEach(r -> parts.add(data.result(r)));
        ComposedAnswer answer = streamed(config.prompts().composer(), parts, rotations, tokens);
        return grounded.check(answer, Grounding.of(q.text(), results), config.prompts().composer(), parts, rotations);
    }

    @Override
    public ComposedAnswer explain(Question q, Consumer<KeyRotation> rotations, Consumer<String> tokens) {
        return streamed(config.prompts().explainer(), about(q), rotations, tokens);
    }

    /** The profiles, the context and the question; the context is measured first, the profiles get what is left. */
    private List<String> about(Question q) {
        String context = data.context(q);
        return new ArrayList<>(List.of(data.profiles(q, Tokens.estimate(context)), context, "Question: " + q.text()));
    }

    /**
     * An answer in Markdown streamed to the reader as the model writes it; its insights section is kept apart. An
     * answer cut at the token limit gets one continuation; cut again, it is kept marked incomplete, with a note.
     */
    private ComposedAnswer streamed(String system, List<String> userParts, Consumer<KeyRotation> rotations,
            Consumer<String> tokens) {
        AnswerStream answer = new AnswerStream(tokens);
        ThinkingFilter shown = new ThinkingFilter(answer);
        ObjectNode request = turns.request(system, userParts);
        LlmReply reply = AgentTurns.reportRotations(streaming.stream(request, shown), rotations);
        if (reply.truncated()) {
            ArrayNode messages = (ArrayNode) request.path("messages");
            messages.addObject().put("role", "assistant").put("content", reply.content());
            messages.addObject().put("role", "user").put("content", CONTINUE);
            reply = AgentTurns.reportRotations(streaming.stream(request, shown), rotations);
        }
        shown.finish();
        String content = answer.answer();
        if (reply.truncated()) {
            tokens.accept(CUT_SHORT);
            content += CUT_SHORT;
        }
        return new ComposedAnswer(content, answer.insights(), List.of(), true)
                .with(new ComposedAnswer.Verification(!reply.truncated(), true, List.of()));
    }
}
