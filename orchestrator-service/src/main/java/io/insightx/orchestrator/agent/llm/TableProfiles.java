package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.persistence.DatasetRecord;

/**
 * The Data DNA the model sees, within a token budget: per column its type, nulls, distinct count, range and top
 * values, compactly, and the table's warnings. A wide table shows first the columns the question names (by a word
 * of their name, or by one of their values), then the others in order while the budget lasts, then only the names
 * of the rest; a column is shown whole or not at all.
 */
final class TableProfiles {

    private static final int TOP_VALUES = 5;
    private static final int VALUE_CHARS = 60;

    private final ObjectMapper json;

    TableProfiles(ObjectMapper json) {
        this.json = json;
    }

    ArrayNode of(List<DatasetRecord> datasets, String question, int budgetTokens) {
        Set<String> words = words(question);
        ArrayNode out = json.createArrayNode();
        int used = 0;
        for (DatasetRecord d : datasets) {
            JsonNode dna = PromptData.read(json, d.dna());
            ObjectNode table = out.addObject().put("table", d.tableName()).put("rows", d.rowCount());
            ArrayNode warnings = table.putArray("warnings");
            dna.path("warnings").forEach(w -> warnings.add(w.isTextual() ? w.asText() : w.path("message").asText()));
            used += Tokens.estimate(table.toString());
            List<JsonNode> columns = new ArrayList<>();
            dna.path("columns").forEach(columns::add);
            columns.sort(Comparator.comparingInt(c -> -relevance(c, words)));
            ArrayNode shown = table.putArray("columns");
            List<String> rest = new ArrayList<>();
            for (JsonNode c : columns) {
                ObjectNode column = column(c);
                int cost = Tokens.estimate(column.toString()) + 1;
                if (rest.isEmpty() && used + cost <= budgetTokens) {
                    shown.add(column);
                    used += cost;
                } else {
                    rest.add(c.path("name").asText());
                }
            }
            if (!rest.isEmpty()) {
                ArrayNode names = table.putArray("moreColumns");
                for (String name : rest) {
                    if (used + Tokens.estimate(name) + 1 > budgetTokens) {
                        table.put("columnsNotListed", rest.size() - names.size());
                        break;
                    }
                    names.add(name);
                    used += Tokens.estimate(name) + 1;
                }
            }
        }
        return out;
    }

    private ObjectNode column(JsonNode c) {
        ObjectNode column = json.createObjectNode().put("name", c.path("name").asText())
                .put("type", c.path("type").asText()).put("semantic", c.path("semanticType").asText());
        if (c.path("nullCount").asLong() > 0) {
            column.put("nulls", c.path("nullCount").asLong());
        }
        if (c.has("distinctCount")) {
            column.put("distinct", c.path("distinctCount").asLong());
        }
        for (String field : new String[] {"min", "max", "mean"}) {
            if (c.hasNonNull(field)) {
                column.put(field, clip(c.path(field).asText()));
            }
        }
        if (c.path("topValues").size() > 0) {
            ArrayNode top = column.putArray("top");
            c.path("topValues").forEach(v -> {
                if (top.size() < TOP_VALUES) {
                    top.add(clip(v.path("value").asText()));
                }
            });
        }
        return column;
    }

    /** 2 when the question names the column by a word of its name, 1 by one of its top values, else 0. */
    private static int relevance(JsonNode column, Set<String> question) {
        for (String word : words(column.path("name").asText())) {
            if (question.stream().anyMatch(q -> sameWord(q, word))) {
                return 2;
            }
        }
        for (JsonNode v : column.path("topValues")) {
            if (question.containsAll(words(v.path("value").asText())) && !v.path("value").asText().isBlank()) {
                return 1;
            }
        }
        return 0;
    }

    /** "temperatures" names "temperature": one word is the other, or begins it (four letters at least). */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || a.length() >= 4 && b.length() >= 4 && (a.startsWith(b) || b.startsWith(a));
    }

    /** Lower-case words of two letters or more, with camelCase and snake_case split. */
    static Set<String> words(String text) {
        return List.of(text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .stream().filter(w -> w.length() >= 2).collect(Collectors.toSet());
    }

    private static String clip(String s) {
        return s.length() <= VALUE_CHARS ? s : s.substring(0, VALUE_CHARS) + "…";
    }
}
