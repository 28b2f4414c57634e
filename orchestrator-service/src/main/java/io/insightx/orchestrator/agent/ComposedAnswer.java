package io.insightx.orchestrator.agent;

import java.util.List;

/** The final answer in Markdown, and what is worth remembering for later questions of the session. */
public record ComposedAnswer(String content, List<String> insights) {
}
