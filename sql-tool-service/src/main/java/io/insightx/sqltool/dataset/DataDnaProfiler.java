package io.insightx.sqltool.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insightx.sqltool.query.JsonValues;
import io.insightx.sqltool.query.SqlText;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Computes a dataset's Data DNA with DuckDB: one scan for the per-column statistics, one small group-by per
 * low-cardinality column for its top values, one bounded read for samples and, up to a million rows, one for
 * duplicate rows. Beyond a million rows distinct counts and quantiles are approximate, as in DuckDB's SUMMARIZE.
 */
@ApplicationScoped
public class DataDnaProfiler {

    static final long EXACT_ROW_LIMIT = 1_000_000;
    private static final int TOP_VALUES = 10;
    private static final long TOP_VALUES_MAX_DISTINCT = 1000;
    private static final long NUMERIC_TOP_VALUES_MAX_DISTINCT = 20;
    private static final int SAMPLE_ROWS = 5;
    private static final int SAMPLE_VALUES = 5;
    private static final int SAMPLE_SCAN = 1000;

    /** What the profile says about the dataset itself, besides its columns. */
    public record Identity(String datasetId, String tableName, String name, String format, long sizeBytes,
            Instant createdAt) {
    }

    private record Column(String name, String type, ColumnKind kind) {
        String sql() {
            return SqlText.identifier(name);
        }
    }

    public DataDna profile(Connection connection, Path parquet, Identity identity) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP VIEW profiled AS SELECT * FROM read_parquet("
                    + SqlText.literal(parquet.toString()) + ")");
            List<Column> columns = describe(s);
            long rowCount = single(s, "SELECT count(*) FROM profiled");
            boolean exact = rowCount <= EXACT_ROW_LIMIT;
            Map<String, Object> stats = statistics(s, columns, exact);
            List<Map<String, Object>> sample = sampleRows(s, columns);
            long duplicates = exact && rowCount > 0 ? rowCount - single(s, "SELECT count(*) FROM (SELECT DISTINCT * FROM profiled)") : 0;

            List<ColumnProfile> profiles = new ArrayList<>();
            Set<String> numbersAsText = new HashSet<>();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                long nonNull = ((Number) stats.get("nn" + i)).longValue();
                // An approximate count (HyperLogLog, past a million rows) may overshoot: never more than the values.
                long distinct = Math.min(((Number) stats.get("d" + i)).longValue(), nonNull);
                List<ValueCount> top = wantsTopValues(c.kind(), nonNull, distinct) ? topValues(s, c) : List.of();
                String semantic = SemanticTypes.classify(c.name(), c.kind(), rowCount, nonNull, distinct, top);
                if (c.kind() == ColumnKind.TEXT && nonNull > 0 && ((Number) stats.get("num" + i)).longValue() == nonNull) {
                    numbersAsText.add(c.name());
                }
                List<?> q = (List<?>) stats.get("q" + i);
                profiles.add(new ColumnProfile(c.name(), c.type(), semantic, rowCount - nonNull,
                        rowCount == 0 ? 0 : (double) (rowCount - nonNull) / rowCount, distinct,
                        stats.get("min" + i), stats.get("max" + i), number(stats.get("mean" + i)),
                        number(stats.get("sd" + i)), q == null ? null : new Quantiles(q.get(0), q.get(1), q.get(2)),
                        top, sampleValues(sample, c.name())));
            }
            return new DataDna(identity.datasetId(), identity.tableName(), identity.name(), identity.format(),
                    rowCount, columns.size(), identity.sizeBytes(), profiles,
                    new ArrayList<>(sample.subList(0, Math.min(SAMPLE_ROWS, sample.size()))),
                    DnaWarnings.of(profiles, rowCount, duplicates, numbersAsText), identity.createdAt());
        }
    }

    private static List<Column> describe(Statement s) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE profiled")) {
            while (rs.next()) {
                String type = rs.getString("column_type");
                columns.add(new Column(rs.getString("column_name"), type, ColumnKind.of(type)));
            }
        }
        return columns;
    }

    /** Every column's statistics in a single scan, as one row of aliased aggregates. */
    private static Map<String, Object> statistics(Statement s, List<Column> columns, boolean exact) throws SQLException {
        List<String> select = new ArrayList<>();
        select.add("count(*) AS n");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String q = c.sql();
            String distinctInput = c.kind() == ColumnKind.OTHER ? q + "::VARCHAR" : q;
            select.add("count(" + q + ") AS nn" + i);
            select.add((exact ? "count(DISTINCT " + distinctInput + ")" : "approx_count_distinct(" + distinctInput + ")")
                    + " AS d" + i);
            if (c.kind().orderable()) {
                select.add("min(" + q + ") AS min" + i);
                select.add("max(" + q + ") AS max" + i);
            }
            String quantile = exact ? (c.kind() == ColumnKind.NUMERIC ? "quantile_cont" : "quantile_disc") : "approx_quantile";
            if (c.kind() == ColumnKind.NUMERIC) {
                select.add("avg(" + q + ")::DOUBLE AS mean" + i);
                select.add("stddev_samp(" + q + ")::DOUBLE AS sd" + i);
            }
            if (c.kind() == ColumnKind.NUMERIC || c.kind() == ColumnKind.TEMPORAL) {
                select.add(quantile + "(" + q + ", [0.25, 0.5, 0.75]) AS q" + i);
            }
            if (c.kind() == ColumnKind.TEXT) {
                select.add("count(TRY_CAST(" + q + " AS DOUBLE)) AS num" + i);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", select) + " FROM profiled")) {
            rs.next();
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.put(meta.getColumnLabel(i), JsonValues.of(rs.getObject(i)));
            }
        }
        return values;
    }

    private static boolean wantsTopValues(ColumnKind kind, long nonNull, long distinct) {
        if (kind == ColumnKind.OTHER || distinct == 0 || distinct >= nonNull) {
            return false;
        }
        long cap = kind == ColumnKind.TEXT || kind == ColumnKind.BOOLEAN ? TOP_VALUES_MAX_DISTINCT
                : NUMERIC_TOP_VALUES_MAX_DISTINCT;
        return distinct <= cap;
    }

    private static List<ValueCount> topValues(Statement s, Column c) throws SQLException {
        List<ValueCount> top = new ArrayList<>();
        String sql = "SELECT " + c.sql() + " AS v, count(*) AS n FROM profiled WHERE " + c.sql()
                + " IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT " + TOP_VALUES;
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                top.add(new ValueCount(JsonValues.of(rs.getObject(1)), rs.getLong(2)));
            }
        }
        return top;
    }

    private static List<Map<String, Object>> sampleRows(Statement s, List<Column> columns) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM profiled LIMIT " + SAMPLE_SCAN)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i).name(), JsonValues.of(rs.getObject(i + 1)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Object> sampleValues(List<Map<String, Object>> rows, String column) {
        Set<Object> values = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            Object v = row.get(column);
            if (v != null && values.size() < SAMPLE_VALUES) {
                values.add(v);
            }
        }
        return List.copyOf(values);
    }

    // NaN and infinities arrive as text (see JsonValues): a mean or deviation that is not a number is no figure.
    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
