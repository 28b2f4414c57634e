package io.insightx.orchestrator.agent;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The final answer in Markdown, what is worth remembering for later questions of the session, charts as Vega-Lite
 * specs for the browser to draw interactively, whether its text was already streamed as it was written, what the
 * brain understood of the question, and how far the answer can be trusted.
 */
public record ComposedAnswer(String content, List<String> insights, List<JsonNode> charts, boolean streamed,
        Understanding understanding, Verification verification) {

    public ComposedAnswer(String content, List<String> insights) {
        this(content, insights, List.of(), false);
    }

    public ComposedAnswer(String content, List<String> insights, List<JsonNode> charts) {
        this(content, insights, charts, false);
    }

    public ComposedAnswer(String content, List<String> insights, List<JsonNode> charts, boolean streamed) {
        this(content, insights, charts, streamed, Understanding.UNSTATED, Verification.TRUSTED);
    }

    public ComposedAnswer with(Understanding understanding) {
        return new ComposedAnswer(content, insights, charts, streamed, understanding, verification);
    }

    public ComposedAnswer with(Verification verification) {
        return new ComposedAnswer(content, insights, charts, streamed, understanding, verification);
    }

    /**
     * What was computed, in the user's words, and how much of the question that covers: {@code understood} is
     * {@code full}, {@code partial} or {@code none}, and {@code ignored} lists the question's words no part of the
     * answer used. {@code plan} (nullable) outlines what was computed as parts the user can change and ask again.
     */
    public record Understanding(String interpretation, String understood, List<String> ignored, JsonNode plan) {

        /** A brain that does not account for the question's words (the LLM agents) says nothing about them. */
        public static final Understanding UNSTATED = new Understanding("", "full", List.of(), null);

        public static Understanding full(String interpretation) {
            return new Understanding(interpretation, "full", List.of(), null);
        }

        public static Understanding partial(String interpretation, List<String> ignored) {
            return new Understanding(interpretation, "partial", List.copyOf(ignored), null);
        }

        public static Understanding none(List<String> ignored) {
            return new Understanding("", "none", List.copyOf(ignored), null);
        }

        public Understanding withPlan(JsonNode outline) {
            return new Understanding(interpretation, understood, ignored, outline);
        }
    }

    /**
     * Whether the answer is whole ({@code complete: false} when it was cut short, e.g. by the model's token limit)
     * and whether every number in it is supported by a result ({@code grounded: false} lists the ones that are not).
     */
    public record Verification(boolean complete, boolean grounded, List<String> unsupportedNumbers) {

        public static final Verification TRUSTED = new Verification(true, true, List.of());
    }
}
