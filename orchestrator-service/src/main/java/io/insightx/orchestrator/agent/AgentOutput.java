package io.insightx.orchestrator.agent;

import java.util.List;

/** What an agent writes for a tool to run: the text people read and keep (SQL or code), and what travels with it. */
public interface AgentOutput {

    String text();

    /** Values bound to the statement's {@code ?} placeholders: data reaches SQL as data, never spliced into it. */
    default List<Object> params() {
        return List.of();
    }
}
