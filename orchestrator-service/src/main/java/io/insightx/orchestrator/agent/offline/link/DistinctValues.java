package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    /** The keys a measure is checked against, the finest first: enough for the things a row belongs to. */
    private static final int MAX_KEYS = 6;
    /** Keys tried besides those of most things: the ones with the fewest things that can hold a measure's values. */
    private static final int CLOSEST_KEYS = 3;
    /** The share of rows a thing and a day must tell apart for the rows to be snapshots of things. */
    private static final double SNAPSHOTS = 0.9;
    /** The share of (thing, day) pairs the rows must fill: order lines of 50 products over a year fill 6 %. */
    private static final double PANEL_FILLED = 0.5;

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
                List<String> edges = remembered(catalog.toolId() + "\u0000" + c.name() + "\u0000edges",
                        () -> edges(catalog, c));
                columns.add(edges.isEmpty() ? c : c.withDna(((ObjectNode) c.dna().deepCopy()).put("min", edges.get(0))
                        .put("max", edges.get(1))));
            } else if (partial) {
                List<String> all = remembered(catalog.toolId() + "\u0000" + c.name(), () -> fetch(catalog, c));
                columns.add(all.isEmpty() ? c : TextFlag.ofAll(c, all).orElse(c.withValues(all, Catalog.totals(all))));
            } else {
                columns.add(c);
            }
        }
        return catalog.withColumns(withLevels(catalog, columns));
    }

    /**
     * The measures the data repeats on every row of a thing it follows over time, each told which keys it is constant
     * on ({@link DataColumn#constantPer()}): a site's capacity on its daily readings, an account's plan price on its
     * monthly snapshots. The rows must be such snapshots (a thing and a date name nearly every row once), so a fine set
     * by a citation's type, or a product's unit price on its order lines, stays a figure of each row. A candidate takes
     * no more values than its key has things, and the key repeats; one statement checks every pair.
     */
    private List<DataColumn> withLevels(Catalog catalog, List<DataColumn> columns) {
        DataColumn time = catalog.time().filter(t -> t.role() == ColumnRole.TIME).orElse(null);
        if (catalog.toolId() == null || catalog.rows() < 4 || catalog.joined() || time == null) {
            return columns;
        }
        List<DataColumn> keys = columns.stream().filter(c -> c.role().labels() && c.role() != ColumnRole.FLAG
                && c.formula() == null && !c.list() && c.distinct() >= 2 && c.distinct() * 2 <= catalog.rows())
                .sorted(java.util.Comparator.comparingLong(DataColumn::distinct).reversed()).toList();
        List<String[]> pairs = new ArrayList<>();
        for (DataColumn m : columns) {
            if (m.role().numeric() && m.formula() == null && m.distinct() > 1) {
                // the keys of most things (an account's price on its snapshots), and those with about as many things
                // as the measure has values (a venue's seats: seven venues, seven seat counts)
                List<DataColumn> holding = keys.stream().filter(k -> m.distinct() <= k.distinct()).toList();
                java.util.Set<DataColumn> tried = new java.util.LinkedHashSet<>(holding.subList(0, Math.min(MAX_KEYS, holding.size())));
                tried.addAll(holding.subList(Math.max(0, holding.size() - CLOSEST_KEYS), holding.size()));
                tried.forEach(k -> pairs.add(new String[] {m.name(), k.name()}));
            }
        }
        if (pairs.isEmpty()) {
            return columns;
        }
        List<String> constant = remembered(catalog.toolId() + "\u0000levels",
                () -> constantPairs(catalog, pairs, time));
        List<DataColumn> marked = new ArrayList<>();
        for (DataColumn c : columns) {
            List<String> on = constant.stream().filter(p -> p.startsWith(c.name() + "\u0000"))
                    .map(p -> p.substring(c.name().length() + 1)).toList();
            if (on.isEmpty()) {
                marked.add(c);
            } else {
                // "key" where the rows are that key's snapshots over time, "key\0" … written "key" in constantPer and
                // also in snapshotsOf
                ObjectNode dna = ((ObjectNode) c.dna().deepCopy());
                on.forEach(k -> dna.withArray("constantPer").add(k.replace("\u0000", "")));
                on.stream().filter(k -> k.endsWith("\u0000")).forEach(k -> dna.withArray("snapshotsOf").add(k.replace("\u0000", "")));
                marked.add(c.withDna(dna));
            }
        }
        return marked;
    }

    /**
     * What a look-up found, remembered per dataset; a look-up that failed (null: sql-tool busy or restarting) is not
     * remembered, so the next question tries again rather than reading the dataset without it for good.
     */
    private List<String> remembered(String key, Supplier<List<String>> lookUp) {
        List<String> found = cache.computeIfAbsent(key, k -> lookUp.get());
        return found == null ? List.of() : found;
    }

    /**
     * The pairs (measure, key) where each key's rows hold one value of the measure, as "measure\0key", with a last
     * "\0" where the key and the date tell the rows apart (snapshots).
     */
    private List<String> constantPairs(Catalog catalog, List<String[]> pairs, DataColumn time) {
        List<String> figures = new ArrayList<>();
        for (String[] p : pairs) {
            String m = Identifiers.quoted(p[0]);
            String k = Identifiers.quoted(p[1]);
            figures.add("count(DISTINCT " + k + ") FILTER (WHERE " + m + " IS NOT NULL) = count(DISTINCT row(" + k + ", " + m
                    + ")) FILTER (WHERE " + m + " IS NOT NULL AND " + k + " IS NOT NULL)");
            // a thing and a day name each row once, and most things have a row most days: a panel of snapshots
            String day = "CAST(" + time.sql() + " AS DATE)";
            figures.add("count(DISTINCT row(" + k + ", " + day + ")) >= " + SNAPSHOTS + " * count(*) AND count(*) >= "
                    + PANEL_FILLED + " * count(DISTINCT " + k + ") * count(DISTINCT " + day + ")");
        }
        ObjectNode request = json.createObjectNode().put("sql", "SELECT " + String.join(", ", figures) + " FROM "
                + catalog.sqlTable()).put("maxRows", 1);
        request.putArray("datasetIds").add(catalog.toolId());
        try {
            JsonNode row = sqlTool.query(request).path("rows").path(0);
            List<String> constant = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (row.path(2 * i).asBoolean(false)) {
                    constant.add(pairs.get(i)[0] + "\u0000" + pairs.get(i)[1] + (row.path(2 * i + 1).asBoolean(false) ? "\u0000" : ""));
                }
            }
            return constant;
        } catch (RuntimeException e) {
            Log.debugf("Which measures repeat per key could not be looked up: %s", e.getMessage());
            return null;
        }
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
            return null;
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
            return null;
        }
    }
}
