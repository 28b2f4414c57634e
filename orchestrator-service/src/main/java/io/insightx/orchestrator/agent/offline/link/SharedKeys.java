package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.client.SqlToolClient;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The keys two datasets of a session share, found from their Data DNA and checked on the data: a column of the same
 * name (as words: "Customer ID" is "customer_id"), or text columns whose profiled values overlap, of a compatible
 * type on both sides, whose values match (most of
 * the smaller side's distinct values appear in the other) and are unique on one side, which is then the lookup side
 * of a many-to-one {@link KeyJoin}. The check is one query through sql-tool per candidate, remembered.
 */
@ApplicationScoped
public class SharedKeys {

    /** Profiled values two differently named text columns must share to be tried as a key. */
    private static final int SEEN_IN_BOTH = 2;
    private static final Set<String> GENERIC = Set.of("id", "key", "index", "idx", "no", "nr", "num", "number", "row");

    private final SqlToolClient sqlTool;
    private final ObjectMapper json;
    private final Map<String, Optional<KeyCounts>> checked = new ConcurrentHashMap<>();

    public SharedKeys(SqlToolClient sqlTool, ObjectMapper json) {
        this.sqlTool = sqlTool;
        this.json = json;
    }

    /** The joins the two datasets allow, best first (the first candidate key whose values match). */
    public List<KeyJoin> between(Catalog a, Catalog b) {
        List<KeyJoin> joins = new ArrayList<>();
        for (DataColumn[] pair : candidates(a, b)) {
            String key = a.toolId() + "\u0000" + b.toolId() + "\u0000" + pair[0].name() + "\u0000" + pair[1].name();
            checked.computeIfAbsent(key, k -> count(a, pair[0], b, pair[1]))
                    .flatMap(counts -> counts.join(a, pair[0], b, pair[1])).ifPresent(joins::add);
        }
        return joins;
    }

    /**
     * Pairs of columns, one of each dataset, with the same name words and types that compare; then pairs of text
     * columns named differently whose profiled values overlap (people.name and groups.person both hold "Alan").
     */
    static List<DataColumn[]> candidates(Catalog a, Catalog b) {
        List<DataColumn[]> named = new ArrayList<>();
        List<DataColumn[]> overlapping = new ArrayList<>();
        for (DataColumn x : a.columns()) {
            for (DataColumn y : b.columns()) {
                if (!keyLike(x) || !keyLike(y) || !family(x).equals(family(y))) {
                    continue;
                }
                if (!x.words().isEmpty() && x.words().equals(y.words())) {
                    named.add(new DataColumn[] {x, y});
                } else if (family(x).equals("text") && shared(seen(x), seen(y)) >= SEEN_IN_BOTH) {
                    overlapping.add(new DataColumn[] {x, y});
                }
            }
        }
        named.addAll(overlapping);
        return named;
    }

    /** The values the profile shows of a column: its most common and its sampled ones. */
    private static Set<String> seen(DataColumn c) {
        Set<String> values = new java.util.HashSet<>(c.values());
        c.dna().path("sampleValues").forEach(v -> values.add(v.asText()));
        c.dna().path("topValues").forEach(v -> values.add(v.path("value").asText()));
        values.remove("");
        return values;
    }

    private static long shared(Set<String> x, Set<String> y) {
        return x.stream().filter(y::contains).count();
    }

    /**
     * Yes/no flags, free text and fractional levels do not identify anything; nor does a name that says only "id"
     * (orders.id and customers.id both count rows from 1 and match by accident).
     */
    private static boolean keyLike(DataColumn c) {
        return !GENERIC.containsAll(c.words()) && c.role() != ColumnRole.FLAG && c.role() != ColumnRole.TEXT && (c.role() != ColumnRole.LEVEL || c.integer());
    }

    private static String family(DataColumn c) {
        if (c.numericType()) {
            return "number";
        }
        if (c.type().matches("VARCHAR.*|TEXT|STRING")) {
            return "text";
        }
        return c.type().replaceAll("\\(.*", "");
    }

    /** The key's distinct values and largest repeat on each side, and how many of the first side's the second holds. */
    private Optional<KeyCounts> count(Catalog a, DataColumn x, Catalog b, DataColumn y) {
        if (a.toolId() == null || b.toolId() == null) {
            return Optional.empty();
        }
        String sql = "WITH a AS (" + keys(a, x) + "), b AS (" + keys(b, y) + ") SELECT (SELECT count(*) FROM a), "
                + "(SELECT coalesce(max(n), 0) FROM a), (SELECT count(*) FROM b), (SELECT coalesce(max(n), 0) FROM b), "
                + "(SELECT count(*) FROM a WHERE k IN (SELECT k FROM b))";
        ObjectNode request = json.createObjectNode().put("sql", sql).put("maxRows", 1);
        request.putArray("datasetIds").add(a.toolId()).add(b.toolId());
        try {
            JsonNode row = sqlTool.query(request).path("rows").path(0);
            return Optional.of(new KeyCounts(row.path(0).asLong(), row.path(1).asLong(), row.path(2).asLong(),
                    row.path(3).asLong(), row.path(4).asLong()));
        } catch (RuntimeException e) {
            Log.debugf("The key %s of %s and %s could not be checked: %s", x.name(), a.table(), b.table(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String keys(Catalog c, DataColumn k) {
        return "SELECT " + k.sql() + " AS k, count(*) AS n FROM " + c.sqlTable() + " WHERE " + k.sql()
                + " IS NOT NULL GROUP BY 1";
    }
}
