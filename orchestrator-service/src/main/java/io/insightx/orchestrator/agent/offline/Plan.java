package io.insightx.orchestrator.agent.offline;

import java.util.List;

/** What the offline analyst understood a question to ask, in terms of one table's columns. */
record Plan(Kind kind, Aggregate aggregate, Schema.Column measure, Schema.Column second, Schema.Column groupBy,
        Grain grain, Schema.Column dateColumn, List<String> filters, boolean descending, Integer limit,
        List<String> notes) {

    enum Kind {
        /** One figure, or one per group. */
        AGGREGATE,
        /** Rows ordered by a measure (the day with the highest…). */
        RANKED_ROWS,
        /** Statistics of one column. */
        DESCRIBE,
        HISTOGRAM,
        CORRELATION,
        TREND,
        BAR,
        EXPLAIN,
        UNKNOWN;

        boolean chart() {
            return this == HISTOGRAM || this == CORRELATION || this == TREND || this == BAR;
        }
    }

    enum Aggregate {
        COUNT("count", "number of rows"), COUNT_DISTINCT("count", "number of distinct"), SUM("sum", "total"),
        AVG("avg", "average"), MEDIAN("median", "median"), MIN("min", "lowest"), MAX("max", "highest");

        final String function;
        final String words;

        Aggregate(String function, String words) {
            this.function = function;
            this.words = words;
        }
    }

    enum Grain {
        YEAR, QUARTER, MONTH, WEEK, WEEKDAY, DAY
    }

    boolean ordered() {
        return limit != null;
    }
}
