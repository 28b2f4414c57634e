package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.client.SqlToolClient;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * All the values of a label column, looked up once through sql-tool when the DNA's top values do not hold them all
 * (the states of 3,000 airports, the names of 200 countries), so that any of them can be named in a question.
 */
@ApplicationScoped
public class DistinctValues {

    static final int MAX_VALUES = 5000;

    private final SqlToolClient sqlTool;
    private final ObjectMapper json;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    public DistinctValues(SqlToolClient sqlTool, ObjectMapper json) {
        this.sqlTool = sqlTool;
        this.json = json;
    }

    /** The catalog with every label column's values complete (as far as {@link #MAX_VALUES}). */
    public Catalog complete(Catalog catalog) {
        List<DataColumn> columns = new ArrayList<>();
        for (DataColumn c : catalog.columns()) {
            boolean partial = c.role().labels() && c.role() != ColumnRole.IDENTIFIER && c.distinct() > c.values().size()
                    && c.distinct() <= MAX_VALUES && catalog.toolId() != null;
            if (c.textDateFormat() != null) {
                List<String> edges = cache.computeIfAbsent(catalog.toolId() + "\u0000" + c.name() + "\u0000edges",
                        k -> edges(catalog, c));
                columns.add(edges.isEmpty() ? c : c.withDna(((ObjectNode) c.dna().deepCopy()).put("min", edges.get(0))
                        .put("max", edges.get(1))));
            } else if (partial) {
                List<String> all = cache.computeIfAbsent(catalog.toolId() + "\u0000" + c.name(), k -> fetch(catalog, c));
                columns.add(all.isEmpty() ? c : c.withValues(all, Catalog.totals(all)));
            } else {
                columns.add(c);
            }
        }
        return catalog.withColumns(columns);
    }

    /** The first and last dates of a column of dates written as text. */
    private List<String> edges(Catalog catalog, DataColumn c) {
        ObjectNode request = json.createObjectNode().put("sql", "SELECT CAST(min(" + c.sql() + ") AS VARCHAR), CAST(max("
                + c.sql() + ") AS VARCHAR) FROM " + catalog.sqlTable()).put("maxRows", 1);
        request.putArray("datasetIds").add(catalog.toolId());
        try {
            JsonNode row = sqlTool.query(request).path("rows").path(0);
            return row.path(0).isTextual() ? List.of(row.path(0).asText(), row.path(1).asText()) : List.of();
        } catch (RuntimeException e) {
            Log.debugf("The dates of %s could not be read: %s", c.name(), e.getMessage());
            return List.of();
        }
    }

    /**
     * The values, most frequent first and equally frequent ones alphabetically: readings sample the first few, and
     * DuckDB's parallel grouping returns ties in a different order on every run.
     */
    private List<String> fetch(Catalog catalog, DataColumn c) {
        // the values as written, never in the one spelling of CaseVariants: "no-show" is what people type
        String column = c.formula() != null ? c.sql() : Identifiers.quoted(c.name());
        // a list's values are what its lists hold ("bug", "docs"), not the lists
        String from = c.list() ? "(SELECT unnest(" + column + ") AS v FROM " + catalog.sqlTable() + ")" : catalog.sqlTable();
        column = c.list() ? "v" : column;
        ObjectNode request = json.createObjectNode().put("sql", "SELECT " + column + ", count(*) AS n FROM "
                + from + " WHERE " + column + " IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT " + MAX_VALUES)
                .put("maxRows", MAX_VALUES);
        request.putArray("datasetIds").add(catalog.toolId());
        try {
            JsonNode result = sqlTool.query(request);
            List<String> values = new ArrayList<>();
            result.path("rows").forEach(r -> values.add(r.path(0).asText()));
            return values;
        } catch (RuntimeException e) {
            Log.debugf("The values of %s could not be looked up: %s", c.name(), e.getMessage());
            return List.of();
        }
    }
}
