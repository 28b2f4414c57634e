package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers questions about the dataset itself from its Data DNA, and suggests questions it can answer. */
final class DatasetExplainer {

    private DatasetExplainer() {
    }

    static String explain(Schema schema, String question) {
        String text = Words.normalize(question);
        StringBuilder out = new StringBuilder();
        if (text.matches(".*\\b(missing|null|nulls|empty)\\b.*")) {
            List<String> gaps = new ArrayList<>();
            for (Schema.Column c : schema.columns()) {
                long nulls = c.dna().path("nullCount").asLong();
                if (nulls > 0) {
                    gaps.add("- **" + c.name() + "**: " + nulls + " missing (" + String.format(Locale.ROOT, "%.1f%%",
                            c.dna().path("nullFraction").asDouble() * 100) + ")");
                }
            }
            out.append(gaps.isEmpty() ? "There are **no missing values** in `" + schema.table() + "` ("
                    + schema.rows() + " rows)." : "Missing values in `" + schema.table() + "`:\n\n" + String.join("\n", gaps));
            return out.toString();
        }
        out.append("`").append(schema.table()).append("` has **").append(String.format(Locale.ROOT, "%,d", schema.rows()))
                .append(" rows** and **").append(schema.columns().size()).append(" columns**:\n\n")
                .append("| column | type | meaning | missing | range or top values |\n| --- | --- | --- | ---: | --- |");
        for (Schema.Column c : schema.columns()) {
            out.append("\n| ").append(c.name()).append(" | ").append(c.type()).append(" | ").append(c.semantic())
                    .append(" | ").append(c.dna().path("nullCount").asLong()).append(" | ").append(range(c)).append(" |");
        }
        out.append("\n\n").append(suggestions(schema));
        return out.toString();
    }

    static String suggestions(Schema schema) {
        List<String> ideas = new ArrayList<>();
        List<Schema.Column> numbers = schema.numeric();
        List<Schema.Column> categories = schema.categorical();
        if (!numbers.isEmpty() && !categories.isEmpty()) {
            ideas.add("average " + numbers.get(0).name() + " by " + categories.get(0).name());
        }
        if (!categories.isEmpty()) {
            ideas.add("how many rows per " + categories.get(0).name());
        }
        schema.firstTemporal().ifPresent(d -> {
            if (!numbers.isEmpty()) {
                ideas.add(numbers.get(0).name() + " by year");
            }
        });
        if (!numbers.isEmpty()) {
            ideas.add("histogram of " + numbers.get(0).name());
        }
        if (numbers.size() >= 2) {
            ideas.add("correlation between " + numbers.get(0).name() + " and " + numbers.get(1).name());
        }
        if (!numbers.isEmpty() && !categories.isEmpty()) {
            ideas.add("which " + categories.get(0).name() + " has the highest " + numbers.get(0).name());
        }
        return "You could ask, for example:\n\n" + String.join("\n", ideas.stream().map(i -> "- " + i).toList());
    }

    private static String range(Schema.Column c) {
        if (!c.topValues().isEmpty() && !c.numeric()) {
            return String.join(", ", c.topValues().stream().limit(5).toList());
        }
        JsonNode min = c.dna().path("min");
        JsonNode max = c.dna().path("max");
        return min.isMissingNode() || min.isNull() ? "" : AnswerWriter.format(min) + " to " + AnswerWriter.format(max);
    }
}
