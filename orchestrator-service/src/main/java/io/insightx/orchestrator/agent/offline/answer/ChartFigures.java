package io.insightx.orchestrator.agent.offline.answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures a chart answer quotes, read from the query's rows the chart is drawn from: no second program has to
 * compute them. A histogram's rows are {@code (bin_start, rows)} in bin order; a correlation's rows are
 * {@code (x, y, r)} with the same {@code r} on every row.
 */
final class ChartFigures {

    private ChartFigures() {
    }

    /** The rows the histogram counts, all bins together. */
    static long histogramTotal(JsonNode sql) {
        long total = 0;
        for (JsonNode row : sql.path("rows")) {
            total += row.path(1).asLong();
        }
        return total;
    }

    /** Where the fullest bin starts; of bins equally full, the first. */
    static double modeBinStart(JsonNode sql) {
        JsonNode mode = null;
        for (JsonNode row : sql.path("rows")) {
            if (mode == null || row.path(1).asLong() > mode.path(1).asLong()) {
                mode = row;
            }
        }
        return mode == null ? 0 : mode.path(0).asDouble();
    }

    /** Pearson's r over every row that has both values (DuckDB's {@code corr}); 0 when it is undefined (NULL). */
    static double correlation(JsonNode sql) {
        return sql.path("rows").path(0).path(2).asDouble();
    }
}
