package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.persistence.DatasetRecord;

/** The tables and columns the offline analyst can talk about, read from the Data DNA. */
record Schema(String table, long rows, List<Column> columns) {

    record Column(String name, String type, String semantic, List<String> words, List<String> topValues, JsonNode dna) {

        boolean numeric() {
            return "numeric".equals(semantic) || ("identifier".equals(semantic) && type.matches("(U?(TINY|SMALL|BIG|HUGE)?INT.*|DOUBLE|FLOAT|DECIMAL.*)"));
        }

        boolean temporal() {
            return "datetime".equals(semantic);
        }

        boolean categorical() {
            return "category".equals(semantic) || "boolean".equals(semantic)
                    || ("text".equals(semantic) && !topValues.isEmpty());
        }

        String sql() {
            return quoted(name);
        }
    }

    static Schema of(DatasetRecord dataset, ObjectMapper json) {
        JsonNode dna;
        try {
            dna = json.readTree(dataset.dna());
        } catch (Exception e) {
            dna = json.createObjectNode();
        }
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : dna.path("columns")) {
            List<String> values = new ArrayList<>();
            c.path("topValues").forEach(v -> values.add(v.path("value").asText()));
            columns.add(new Column(c.path("name").asText(), c.path("type").asText(), c.path("semanticType").asText(),
                    Words.split(c.path("name").asText().replace("_", " ")), values, c));
        }
        return new Schema(dataset.tableName(), dataset.rowCount(), columns);
    }

    String sqlTable() {
        return quoted(table);
    }

    /** A DuckDB identifier (see {@link Identifiers}). */
    static String quoted(String identifier) {
        return Identifiers.quoted(identifier);
    }

    Optional<Column> firstTemporal() {
        return columns.stream().filter(Column::temporal).findFirst();
    }

    List<Column> numeric() {
        return columns.stream().filter(Column::numeric).filter(c -> !"identifier".equals(c.semantic())).toList();
    }

    List<Column> categorical() {
        return columns.stream().filter(Column::categorical).toList();
    }
}
