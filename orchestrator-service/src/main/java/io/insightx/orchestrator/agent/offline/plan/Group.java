package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** One grouping: by a column's values, or by a time grain of the time column. */
public record Group(DataColumn column, Grain grain) {

    public String label() {
        return grain == null ? column.name() : grain.words;
    }
}
