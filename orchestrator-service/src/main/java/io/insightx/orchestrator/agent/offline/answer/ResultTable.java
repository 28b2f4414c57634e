package io.insightx.orchestrator.agent.offline.answer;

import com.fasterxml.jackson.databind.JsonNode;

/** A query result as a Markdown table, the first rows of it. */
public final class ResultTable {

    private static final int SHOWN = 20;

    private ResultTable() {
    }

    public static String of(JsonNode result) {
        StringBuilder out = new StringBuilder("|");
        JsonNode columns = result.path("columns");
        columns.forEach(c -> out.append(' ').append(c.path("name").asText().replace("|", "\\|")).append(" |"));
        out.append("\n|");
        columns.forEach(c -> out.append(c.path("type").asText().matches(".*(INT|DOUBLE|DECIMAL|FLOAT).*") ? " ---: |" : " --- |"));
        int shown = 0;
        for (JsonNode row : result.path("rows")) {
            if (shown++ == SHOWN) {
                break;
            }
            out.append("\n|");
            for (int i = 0; i < row.size(); i++) {
                JsonNode c = columns.path(i);
                out.append(' ').append(Cells.of(row.get(i), c.path("name").asText(), c.path("type").asText())
                        .replace("|", "\\|")).append(" |");
            }
        }
        int total = result.path("rows").size();
        if (total > SHOWN) {
            out.append("\n\n_").append(total - SHOWN).append(" more rows in the result table._");
        }
        return out.toString();
    }
}
