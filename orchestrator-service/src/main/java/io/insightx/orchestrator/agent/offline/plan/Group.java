package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * One grouping: by a column's values, or by a time grain of the time column. A yes/no compared in the question's
 * own words ("surge vs non-surge", "generic vs brand") carries them, so its groups are named as the question named them.
 */
public record Group(DataColumn column, Grain grain, Sides sides) {

    public Group(DataColumn column, Grain grain) {
        this(column, grain, null);
    }

    /** The question's words for the rows a yes/no holds for and for the rest. */
    public record Sides(String yes, String no) {
    }

    /** Whether the group is a yes/no some rows leave blank: a blank is no yes, so those rows count with the noes. */
    public boolean blankIsNo() {
        return grain == null && column.role() == ColumnRole.FLAG && column.type().equals("BOOLEAN")
                && column.hasBlanks();
    }

    public String label() {
        return grain == null ? column.name() : grain.words;
    }
}
