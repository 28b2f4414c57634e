package io.insightx.orchestrator.agent;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The final answer in Markdown, what is worth remembering for later questions of the session, charts as Vega-Lite
 * specs for the browser to draw interactively, and whether its text was already streamed as it was written.
 */
public record ComposedAnswer(String content, List<String> insights, List<JsonNode> charts, boolean streamed) {

    public ComposedAnswer(String content, List<String> insights) {
        this(content, insights, List.of(), false);
    }

    public ComposedAnswer(String content, List<String> insights, List<JsonNode> charts) {
        this(content, insights, charts, false);
    }
}
