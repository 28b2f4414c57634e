package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;

/** Writes the DuckDB SQL for a plan: readable, with named result columns, filters applied, groups ordered. */
final class SqlWriter {

    private static final int BINS = 20;
    private static final int SCATTER_POINTS = 1000;

    private SqlWriter() {
    }

    static String write(Plan plan, Schema schema) {
        String from = " FROM " + schema.sqlTable() + where(plan.filters(), List.of());
        return switch (plan.kind()) {
            case HISTOGRAM -> histogram(plan, schema);
            case CORRELATION -> correlation(plan, schema);
            case DESCRIBE -> describe(plan, schema);
            case RANKED_ROWS -> rankedRows(plan, schema);
            default -> aggregate(plan, schema, from);
        };
    }

    static String valueAlias(Plan plan) {
        if (plan.aggregate() == Plan.Aggregate.COUNT) {
            return "rows";
        }
        String column = plan.measure().name().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase().replaceAll("^_|_$", "");
        return switch (plan.aggregate()) {
            case COUNT_DISTINCT -> "distinct_" + column;
            case SUM -> "total_" + column;
            case AVG -> "avg_" + column;
            case MEDIAN -> "median_" + column;
            case MIN -> "min_" + column;
            case MAX -> "max_" + column;
            default -> column;
        };
    }

    static String groupAlias(Plan plan) {
        if (plan.grain() != null) {
            return switch (plan.grain()) {
                case YEAR -> "year";
                case QUARTER -> "quarter";
                case MONTH -> "month";
                case WEEK -> "week";
                case WEEKDAY -> "weekday";
                case DAY -> "day";
            };
        }
        return plan.groupBy() == null ? null : plan.groupBy().name();
    }

    private static String aggregate(Plan plan, Schema schema, String from) {
        String value = valueExpression(plan) + " AS \"" + valueAlias(plan) + "\"";
        String group = groupExpression(plan);
        if (group == null) {
            return "SELECT " + value + from;
        }
        String alias = Schema.quoted(groupAlias(plan));
        String order = plan.ordered() ? "\"" + valueAlias(plan) + "\"" + (plan.descending() ? " DESC" : " ASC")
                : plan.grain() == Plan.Grain.WEEKDAY ? "min(isodow(" + plan.dateColumn().sql() + "))" : alias;
        String nulls = plan.groupBy() != null ? where(plan.filters(), List.of(plan.groupBy().sql() + " IS NOT NULL")) : where(plan.filters(), List.of());
        return "SELECT " + group + " AS " + alias + ", " + value + " FROM " + schema.sqlTable() + nulls
                + " GROUP BY " + alias + " ORDER BY " + order + (plan.ordered() ? ", " + alias : "")
                + (plan.limit() != null ? " LIMIT " + plan.limit() : "");
    }

    private static String valueExpression(Plan plan) {
        if (plan.aggregate() == Plan.Aggregate.COUNT) {
            return "count(*)";
        }
        String column = plan.measure().sql();
        return switch (plan.aggregate()) {
            case COUNT_DISTINCT -> "count(DISTINCT " + column + ")";
            case AVG -> "round(avg(" + column + "), 2)";
            case SUM -> plan.measure().type().matches("DOUBLE|FLOAT|DECIMAL.*") ? "round(sum(" + column + "), 2)" : "sum(" + column + ")";
            default -> plan.aggregate().function + "(" + column + ")";
        };
    }

    private static String groupExpression(Plan plan) {
        if (plan.grain() != null) {
            String d = plan.dateColumn().sql();
            return switch (plan.grain()) {
                case YEAR -> "year(" + d + ")";
                case QUARTER -> "strftime(" + d + ", '%Y') || '-Q' || quarter(" + d + ")";
                case MONTH -> "strftime(" + d + ", '%Y-%m')";
                case WEEK -> "CAST(date_trunc('week', " + d + ") AS DATE)";
                case WEEKDAY -> "dayname(" + d + ")";
                case DAY -> "CAST(" + d + " AS DATE)";
            };
        }
        return plan.groupBy() == null ? null : plan.groupBy().sql();
    }

    private static String rankedRows(Plan plan, Schema schema) {
        List<String> shown = new ArrayList<>();
        schema.firstTemporal().ifPresent(d -> shown.add(d.sql()));
        schema.columns().stream().filter(c -> "identifier".equals(c.semantic())).findFirst().ifPresent(c -> shown.add(c.sql()));
        schema.categorical().stream().findFirst().ifPresent(c -> shown.add(c.sql()));
        shown.remove(plan.measure().sql());
        shown.add(plan.measure().sql());
        return "SELECT " + String.join(", ", shown.stream().distinct().toList()) + " FROM " + schema.sqlTable()
                + where(plan.filters(), List.of(plan.measure().sql() + " IS NOT NULL")) + " ORDER BY " + plan.measure().sql()
                + (plan.descending() ? " DESC" : " ASC") + " LIMIT " + plan.limit();
    }

    private static String describe(Plan plan, Schema schema) {
        String c = plan.measure().sql();
        return "SELECT count(" + c + ") AS \"values\", count(*) - count(" + c + ") AS missing, min(" + c + ") AS min, "
                + "round(avg(" + c + "), 2) AS mean, median(" + c + ") AS median, max(" + c + ") AS max, round(stddev(" + c
                + "), 2) AS stddev FROM " + schema.sqlTable() + where(plan.filters(), List.of());
    }

    private static String histogram(Plan plan, Schema schema) {
        String c = plan.measure().sql();
        return "WITH v AS (SELECT " + c + " AS x FROM " + schema.sqlTable() + where(plan.filters(), List.of(c + " IS NOT NULL"))
                + "), r AS (SELECT min(x) AS lo, (max(x) - min(x)) / " + BINS + " AS w FROM v) "
                + "SELECT round(lo + least(floor((x - lo) / nullif(w, 0)), " + (BINS - 1) + ") * w, 2) AS bin_start, "
                + "count(*) AS rows FROM v, r GROUP BY bin_start ORDER BY bin_start";
    }

    private static String correlation(Plan plan, Schema schema) {
        String x = plan.measure().sql();
        String y = plan.second().sql();
        return "WITH v AS (SELECT " + x + " AS x, " + y + " AS y, corr(" + x + ", " + y + ") OVER () AS r FROM "
                + schema.sqlTable() + where(plan.filters(), List.of(x + " IS NOT NULL", y + " IS NOT NULL"))
                + ") SELECT x AS " + Schema.quoted(plan.measure().name()) + ", y AS " + Schema.quoted(plan.second().name())
                + ", round(r, 4) AS r FROM v USING SAMPLE reservoir(" + SCATTER_POINTS + " ROWS) REPEATABLE (42)";
    }

    private static String where(List<String> filters, List<String> more) {
        List<String> all = new ArrayList<>(filters);
        all.addAll(more);
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }
}
