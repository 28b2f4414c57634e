package io.insightx.orchestrator.agent.llm;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.insightx.orchestrator.client.LlmReply;
import io.insightx.orchestrator.config.OrchestratorConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How the JSON-answering agents ask the model for structure ({@code insightx.llm.structured-output}). Configured
 * {@code auto}, it starts with OpenAI tool calls and learns from the provider: a first reply that calls a tool
 * settles on tools; one that ignores them, or a 400 refusing them, settles on JSON in the text, remembered until
 * restart so that no later question pays for the refusal again.
 */
@ApplicationScoped
public class StructuredOutput {

    /** The ways of asking. */
    enum Format { TOOLS, JSON_SCHEMA, TEXT }

    private final boolean auto;
    private final AtomicReference<Format> current;
    private volatile boolean settled;

    public StructuredOutput(OrchestratorConfig config) {
        String setting = config.llm().structuredOutput().strip().toLowerCase(Locale.ROOT);
        this.auto = "auto".equals(setting);
        this.current = new AtomicReference<>(switch (setting) {
            case "json-schema" -> Format.JSON_SCHEMA;
            case "text" -> Format.TEXT;
            default -> Format.TOOLS;
        });
        this.settled = !auto;
    }

    /** Forgets what was learned: the next question starts again from the configured setting (tests use it). */
    void relearn(Format start) {
        current.set(start);
        settled = !auto;
    }

    Format current() {
        return current.get();
    }

    /** Whether a refusal of {@code format} should be retried as JSON in the text. */
    boolean fallsBackFrom(Format format) {
        return auto && format != Format.TEXT;
    }

    /** The provider refused {@code format} (400): JSON in the text from now on. */
    void refused(Format format) {
        if (fallsBackFrom(format) && current.compareAndSet(format, Format.TEXT)) {
            settled = true;
            Log.infof("The LLM provider refused %s; the agents ask for JSON in the text from now on", format);
        }
    }

    /** The first reply in {@code auto} tells whether the provider follows tool calls. */
    void learn(Format asked, LlmReply reply) {
        if (settled || asked != Format.TOOLS) {
            return;
        }
        settled = true;
        if (!reply.calledTool()) {
            current.compareAndSet(Format.TOOLS, Format.TEXT);
            Log.info("The LLM provider answered in text despite tools; the agents ask for JSON in the text");
        }
    }
}
