package io.insightx.orchestrator.agent;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The final answer in Markdown, what is worth remembering for later questions of the session, and charts as
 * Vega-Lite specs for the browser to draw interactively.
 */
public record ComposedAnswer(String content, List<String> insights, List<JsonNode> charts) {

    public ComposedAnswer(String content, List<String> insights) {
        this(content, insights, List.of());
    }
}
