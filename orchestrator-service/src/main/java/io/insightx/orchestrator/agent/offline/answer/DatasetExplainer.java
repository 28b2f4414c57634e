package io.insightx.orchestrator.agent.offline.answer;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** Describes a dataset from its Data DNA: its size, each column with its role, type and values. */
public final class DatasetExplainer {

    private DatasetExplainer() {
    }

    public static String explain(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("`").append(catalog.table()).append("` has **").append(String.format(Locale.ROOT, "%,d", catalog.rows()))
                .append(" rows** and **").append(catalog.columns().size()).append(" columns**:\n\n")
                .append("| column | type | role | missing | range or top values |\n| --- | --- | --- | ---: | --- |");
        for (DataColumn c : catalog.columns()) {
            out.append("\n| ").append(c.name().replace("|", "\\|")).append(" | ").append(c.type()).append(" | ")
                    .append(c.role().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(c.dna().path("nullCount").asLong()).append(" | ").append(range(c).replace("|", "\\|")).append(" |");
        }
        out.append("\n\n").append(Suggestions.markdown(catalog));
        return out.toString();
    }

    private static String range(DataColumn c) {
        if (!c.values().isEmpty() && !c.role().numeric()) {
            return String.join(", ", c.values().stream().limit(5).toList());
        }
        JsonNode min = c.dna().path("min");
        JsonNode max = c.dna().path("max");
        return min.isMissingNode() || min.isNull() ? "" : Cells.key(min) + " to " + Cells.key(max);
    }
}
