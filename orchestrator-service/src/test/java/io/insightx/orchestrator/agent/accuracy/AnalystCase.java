package io.insightx.orchestrator.agent.accuracy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One graded question: the file it came from, the dataset it asks about, the truth query and how to compare. */
record AnalystCase(String file, String id, String dataset, String question, String truth, String expect,
        List<String> tags) {

    static AnalystCase of(String file, JsonNode line) {
        List<String> tags = new ArrayList<>();
        line.path("tags").forEach(t -> tags.add(t.asText()));
        return new AnalystCase(file, line.path("id").asText(), line.path("dataset").asText(),
                line.path("question").asText(), line.path("truth").asText(), line.path("expect").asText(), tags);
    }
}
