package io.insightx.orchestrator.agent.offline.sql;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.TextFlag;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.OncePerKey;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.ShareOfRecorded;
import io.insightx.orchestrator.agent.offline.plan.TimeBetween;

/**
 * Writes the DuckDB statement of a plan: readable, result columns named, every value from the question or the data
 * a bound {@code ?} parameter, every name a quoted identifier.
 */
public final class SqlWriter {

    /** At most this many rows when ties are kept ("the most common name" among hundreds met once). */
    private static final int TIES_CAP = 50;

    private static final int BINS = 20;
    private static final int SCATTER_POINTS = 1000;

    private SqlWriter() {
    }

    public static SqlStatement write(Plan plan) {
        List<Object> params = new ArrayList<>();
        String sql = switch (plan.kind()) {
            case HISTOGRAM -> histogram(plan, params);
            case CORRELATION -> correlation(plan, params);
            case DESCRIBE -> describe(plan, params);
            case ROWS -> rows(plan, params);
            case LOOKUP -> lookup(plan, params);
            case MATCHES -> matches(plan, params);
            case CHANGE -> change(plan, params);
            case STEPS -> steps(plan, params);
            case DIFFERENCE -> difference(plan, params);
            case MISSING -> missing(plan, params);
            case TIME_RANGE -> timeRange(plan);
            case COLUMNS -> plan.entity() == null
                    ? "SELECT column_name AS \"column\", column_type AS \"type\" FROM (DESCRIBE " + from(plan) + ")"
                    : objectFields(plan, params);
            case SHAPE -> "SELECT (SELECT count(*) FROM " + from(plan) + ") AS \"rows\", (SELECT count(*) FROM"
                    + " (DESCRIBE " + from(plan) + ")) AS \"columns\"";
            default -> aggregate(plan, params);
        };
        return OneSpelling.around(plan, sql, params);
    }

    /** The fields of a nested object, each named as the object holds it ("title") and as the table does. */
    private static String objectFields(Plan plan, List<Object> params) {
        String prefix = plan.entity() + "_";
        params.add(prefix.length() + 1);
        params.add(prefix.toLowerCase(java.util.Locale.ROOT));
        return "SELECT substr(column_name, ?) AS \"field\", column_name AS \"column\", column_type AS \"type\" FROM (DESCRIBE "
                + from(plan) + ") WHERE starts_with(lower(column_name), ?)";
    }

    /** The name of the figure's result column: "airports", "avg_wind", "total_people". */
    public static String valueAlias(Plan plan) {
        if (plan.aggregate() == Aggregate.COUNT) {
            return plan.entity() == null ? "rows" : plan.entity().toLowerCase(java.util.Locale.ROOT);
        }
        String column = plan.measure() == null ? "rows"
                : plan.measure().name().replace("%", "pct").replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(java.util.Locale.ROOT).replaceAll("^_|_$", "");
        return switch (plan.aggregate()) {
            case COUNT_DISTINCT -> "distinct_" + column;
            case SUM -> "total_" + column;
            case AVG -> "avg_" + column;
            case MEDIAN -> "median_" + column;
            case STDDEV -> "stddev_" + column;
            case MIN -> "min_" + column;
            case MAX -> "max_" + column;
            case SHARE -> "percent";
            default -> column;
        };
    }

    static String valueExpression(Plan plan, String only, List<Object> params) {
        DataColumn m = plan.measure();
        String filter = only == null ? "" : " FILTER (WHERE " + only + ")";
        if (plan.distinctGrain() != null) {
            return "count(DISTINCT " + GroupExpressions.of(new Group(m, plan.distinctGrain())) + ")" + filter;
        }
        if (plan.aggregate() == Aggregate.AVG && only == null) {
            // Averages read as people write them: two decimals, more for small values so that nothing is lost.
            String avg = "avg(" + m.sql() + ")";
            return "CASE WHEN abs(" + avg + ") >= 1 THEN round(" + avg + ", 2) ELSE round(" + avg + ", 6) END";
        }
        java.util.Optional<DataColumn> key = plan.aggregate() == Aggregate.COUNT_DISTINCT
                ? plan.catalog().keyOf(m) : java.util.Optional.empty();
        if (key.isPresent()) {
            // "how many members" of names written several ways: the keys they stand for
            return "count(DISTINCT " + key.get().sql() + ")" + filter;
        }
        return switch (plan.aggregate()) {
            case COUNT -> "count(*)" + filter;
            case SHARE -> m == null ? "count(*)" + filter : m.role() == ColumnRole.IDENTIFIER
                    ? "count(DISTINCT " + m.sql() + ")" + filter // a key that repeats: each key once
                    : "sum(" + m.sql() + ")" + filter;
            case RATIO -> m.quotient().sql(filter);
            default -> String.format(plan.aggregate().sql, m.sql()) + filter;
        };
    }

    /**
     * The rows a share of a yes/no is taken of: those where it is known ("on time" of the shipments delivered, the
     * default rate of the loans whose outcome is recorded), or null for all rows. A yes/no typed in many spellings
     * ({@link TextFlag}) reads its blanks as no.
     */
    private static String known(Plan plan, List<Filter> part) {
        boolean flag = part.size() == 1 && part.get(0) instanceof Filter.Values v
                && v.column().role() == ColumnRole.FLAG && !TextFlag.is(v.column());
        boolean outcome = part.size() == 1 && ShareOfRecorded.of(plan).isPresent();
        return (flag || outcome) && part.get(0).column().hasBlanks()
                ? part.get(0).column().sql() + " IS NOT NULL" : null;
    }

    private static String aggregate(Plan plan, List<Object> params) {
        int first = params.size();
        List<Filter> where = new ArrayList<>(plan.filters());
        String value;
        String alias = valueAlias(plan);
        String counted = null;
        List<Filter> parts = where.stream().filter(Filter::part)
                .filter(f -> plan.groups().stream().noneMatch(g -> g.column().equals(f.column()))).toList();
        boolean within = plan.grouped() && !parts.isEmpty();
        List<Filter> flagsPerPeriod = flagsCountedPerPeriod(plan, where);
        if (plan.aggregate() == Aggregate.SHARE && (!plan.grouped() || within)) {
            // "the share of penguins that are female", and by island: the part's share of each group, not of all rows
            List<Filter> part = new ArrayList<>(parts);
            // a yes or no: a flag's value, or a value not yet recorded ("still unpaid": no paid date); a value recorded
            // names who the rows are ("the share of leavers laid off")
            List<Filter> flags = parts.stream().filter(f -> f instanceof Filter.Values && f.column().role() == ColumnRole.FLAG
                    || f instanceof Filter.Lacking).toList();
            // "the share of graded loads that got grade A": a column having a value is the whole of which value
            List<Filter> recorded = parts.stream().filter(f -> f instanceof Filter.Recorded && parts.stream()
                    .anyMatch(v -> v instanceof Filter.Values && v.column().equals(f.column()))).toList();
            if (!recorded.isEmpty()) {
                part.removeAll(recorded);
            } else if (part.size() > 1 && flags.size() == 1) {
                // "the on-time rate of express shipments", "pct of tesla citations still unpaid": a yes or no is what
                // a rate counts, the rest is its whole
                part = new ArrayList<>(flags);
            } else if (part.size() > 1 && (!plan.grouped() || part.size() == 2 && part.get(0).column().equals(part.get(1).column()))) {
                // "the share of secretaries who were women", "what pct of current employees are remote": the first
                // condition said is the whole; by groups too when it holds the part ("successful" of successful or
                // failed)
                part.remove(0);
            }
            where.removeAll(part);
            List<Object> partParams = new ArrayList<>();
            String only = part.isEmpty() ? "TRUE" : allOf(plan, part, partParams);
            params.addAll(partParams);
            String fraction = valueExpression(plan, only, params) + " / "
                    + valueExpression(plan, known(plan, part), params);
            // Shares are read as fractions and as percentages: the result gives both.
            params.addAll(partParams);
            value = "100.0 * " + fraction + " AS \"percent\", " + fraction;
            alias = "share";
        } else if (plan.aggregate() == Aggregate.SHARE) {
            // "share of each payment method per truck": of each truck's rows, the groups after the first the whole
            List<Group> wholes = plan.groups().size() > 1 ? plan.groups().subList(1, plan.groups().size()) : List.of();
            String partition = wholes.isEmpty() ? ""
                    : "PARTITION BY " + String.join(", ", wholes.stream().map(GroupExpressions::of).toList());
            String fraction = valueExpression(plan, null, params) + " / sum(" + valueExpression(plan, null, params)
                    + ") OVER (" + partition + ")";
            value = "100.0 * " + fraction + " AS \"percent\", " + fraction;
            alias = "share";
            // "status breakdown with pct of total": each group's count or amount beside its share
            counted = valueExpression(plan, null, params) + " AS "
                    + Identifiers.quoted(plan.measure() == null ? "rows" : "total");
        } else if (!flagsPerPeriod.isEmpty()) {
            // "cancellations by month": every month, a month with none counted as 0, not left out
            where.removeAll(flagsPerPeriod);
            value = "count(*) FILTER (WHERE " + allOf(plan, flagsPerPeriod, params) + ")";
        } else {
            value = valueExpression(plan, null, params);
        }
        alias = Identifiers.quoted(alias);
        StringBuilder figures = new StringBuilder(value + " AS " + alias + (counted == null ? "" : ", " + counted));
        for (Plan other : plan.also()) {
            // "avg rating and # of episodes per show": each other figure beside the first, over the same rows, and those
            // of its own conditions ("wins" of the teams ranked by them)
            List<Filter> own = other.filters().stream().filter(f -> !plan.filters().contains(f)).toList();
            String only = own.isEmpty() ? null : allOf(plan, own, params);
            figures.append(", ").append(valueExpression(other, only, params)).append(" AS ")
                    .append(Identifiers.quoted(valueAlias(other)));
        }
        String from = plan.measure() != null && plan.measure().dna().has(TimeBetween.WINDOW)
                ? sinceTheRowBefore(plan, where, params) : oncePerKey(plan, where, params);
        if (!plan.grouped()) {
            return "SELECT " + figures + " FROM " + from + where(plan, where, List.of(), params);
        }
        List<String> keys = keyAliases(plan);
        List<String> select = new ArrayList<>();
        List<Object> labelParams = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Group g : plan.groups()) {
            String key = Identifiers.quoted(GroupExpressions.alias(g));
            select.add(GroupExpressions.shown(g) + " AS " + key);
            GroupExpressions.labels(g, plan.catalog(), labelParams)
                    .forEach((label, expression) -> select.add(expression + " AS " + Identifiers.quoted(label)));
            order.add(GroupExpressions.order(g, key));
        }
        select.add(figures.toString());
        params.addAll(first, labelParams); // the labels stand before the value in the statement
        String sql = "SELECT " + String.join(", ", select) + " FROM " + from
                + where(plan, where, keysNotNull(plan), params) + groupBy(plan);
        if (plan.limit() != null) {
            String ranking = alias + (plan.descending() ? " DESC" : " ASC") + " NULLS LAST";
            return "SELECT * FROM (" + sql + ")" + tiesKept(ranking, plan.limit()) + " ORDER BY " + ranking + ", "
                    + String.join(", ", keys) + " LIMIT " + TIES_CAP;
        }
        boolean time = plan.groups().stream().anyMatch(g -> g.grain() != null || g.column().role().time());
        return sql + " ORDER BY " + (time ? String.join(", ", order) : alias + " DESC, " + String.join(", ", keys));
    }

    /** The yes/no conditions of a count of rows by periods of time alone, which every period is counted under. */
    private static List<Filter> flagsCountedPerPeriod(Plan plan, List<Filter> where) {
        boolean byTime = plan.grouped() && plan.groups().stream().allMatch(g -> g.grain() != null || g.column().role().time());
        if (plan.aggregate() != Aggregate.COUNT || !byTime || plan.limit() != null || !plan.also().isEmpty()) {
            return List.of();
        }
        return where.stream().filter(f -> f instanceof Filter.Values v && !v.excluding()
                && v.column().role() == ColumnRole.FLAG).toList();
    }

    /** The first N by an order and every row tied with the Nth: a tie is never broken silently by a name's spelling. */
    private static String tiesKept(String order, int n) {
        return " QUALIFY rank() OVER (ORDER BY " + order + ") <= " + n;
    }

    /**
     * What an aggregate reads FROM: the table, or, for a measure the data repeats on every row of a thing
     * ({@link OncePerKey}), one row per thing (and group) among the rows the filters keep, so each thing counts once.
     * The filters are applied again outside, which changes nothing but keeps one statement shape.
     */
    private static String oncePerKey(Plan plan, List<Filter> where, List<Object> params) {
        DataColumn key = OncePerKey.key(plan).orElse(null);
        if (key == null) {
            return from(plan);
        }
        List<String> partition = new ArrayList<>(List.of(key.sql()));
        plan.groups().stream().map(GroupExpressions::of).filter(e -> !partition.contains(e)).forEach(partition::add);
        return "(SELECT * FROM " + from(plan) + where(plan, where, List.of(), params)
                + " QUALIFY row_number() OVER (PARTITION BY "
                + String.join(", ", partition) + ") = 1) AS " + Identifiers.quoted(plan.catalog().table());
    }

    /**
     * What an aggregate of the time since the row before reads FROM ({@link TimeBetween}): the rows the filters keep,
     * each with its time since the one before it in its group; the first of each group has none.
     */
    private static String sinceTheRowBefore(Plan plan, List<Filter> where, List<Object> params) {
        List<String> groups = new ArrayList<>(plan.groups().stream().map(GroupExpressions::of).toList());
        if (plan.measure().dna().has(TimeBetween.WITHIN)) {
            groups.add(0, plan.measure().dna().path(TimeBetween.WITHIN).asText());
        }
        String partition = groups.isEmpty() ? "" : "PARTITION BY " + String.join(", ", groups) + " ";
        String gap = plan.measure().dna().path(TimeBetween.WINDOW).asText().formatted(partition);
        return "(SELECT *, " + gap + " AS " + Identifiers.quoted(plan.measure().name()) + " FROM " + from(plan)
                + where(plan, where, List.of(), params) + ") AS " + Identifiers.quoted(plan.catalog().table());
    }

    /**
     * What a statement reads FROM: the catalog's table, with each row once for every value of its list when grouped by
     * a list ("PRs by label": a PR labelled bug and docs counts under both).
     */
    private static String from(Plan plan) {
        List<String> lists = plan.groups().stream().map(Group::column).filter(DataColumn::list).distinct()
                .map(c -> "unnest(" + c.sql() + ") AS " + c.sql()).toList();
        return lists.isEmpty() ? plan.catalog().sqlTable()
                : "(SELECT * REPLACE (" + String.join(", ", lists) + ") FROM " + plan.catalog().sqlTable() + ") AS "
                        + Identifiers.quoted(plan.catalog().table());
    }

    private static String rows(Plan plan, List<Object> params) {
        String m = plan.measure().sql();
        String order = m + (plan.descending() ? " DESC" : " ASC");
        // a measure computed for each row ("years from start to end") is shown beside the row it ranks
        String computed = plan.measure().formula() == null ? "" : ", " + m + " AS " + Identifiers.quoted(plan.measure().name());
        return "SELECT " + wholeRow(plan) + computed + " FROM " + from(plan)
                + where(plan, plan.filters(), List.of(m + " IS NOT NULL"), params) + tiesKept(order, plan.limit())
                + " ORDER BY " + order + " LIMIT " + TIES_CAP;
    }

    /** Every column, dates kept as text shown as the dates they are ("2005-10-01", not "2005-10-01T07:00:00.000Z"). */
    private static String wholeRow(Plan plan) {
        List<String> dates = plan.catalog().columns().stream().filter(c -> c.textDateFormat() != null)
                .map(c -> c.sql() + " AS " + Identifiers.quoted(c.name())).toList();
        return dates.isEmpty() ? "*" : "* REPLACE (" + String.join(", ", dates) + ")";
    }

    /** The rows the filters keep, the first {@link #TIES_CAP} of them, each with how many there are in all. */
    private static String matches(Plan plan, List<Object> params) {
        String order = plan.measure() == null ? "" : " ORDER BY " + plan.measure().sql() + (plan.descending() ? " DESC" : " ASC");
        // a measure computed for each row ("years from start to end") is shown beside the rows it keeps
        String computed = String.join("", plan.filters().stream().map(Filter::column).filter(c -> c.formula() != null)
                .distinct().map(c -> ", " + c.sql() + " AS " + Identifiers.quoted(c.name())).toList());
        return "SELECT " + wholeRow(plan) + computed + ", count(*) OVER () AS \"rows matching\" FROM " + from(plan)
                + where(plan, plan.filters(), List.of(), params) + order + " LIMIT " + TIES_CAP;
    }

    /**
     * The values of the measure where the filters hold, beside the filtered columns, in time order (else the measure's),
     * the first 100 of them, each with how many there are in all.
     */
    private static String lookup(Plan plan, List<Object> params) {
        List<DataColumn> shown = new ArrayList<>();
        shown.add(plan.measure());
        plan.filters().stream().map(Filter::column).filter(c -> !shown.contains(c)).forEach(shown::add);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).role().time()) {
                order.add(String.valueOf(i + 1));
            }
        }
        order.add("1");
        return "SELECT *, count(*) OVER () AS \"rows matching\" FROM (SELECT DISTINCT "
                + String.join(", ", shown.stream().map(DataColumn::sql).toList()) + " FROM " + from(plan)
                + where(plan, plan.filters(), List.of(), params) + ") ORDER BY "
                + String.join(", ", order.stream().distinct().toList())
                + " LIMIT 100";
    }

    private static String change(Plan plan, List<Object> params) {
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();
        var time = plan.second() != null ? plan.second() : plan.catalog().time().orElseThrow();
        String a = new Filter.During(time, plan.change().get(0)).sql(first);
        String b = new Filter.During(time, plan.change().get(1)).sql(second);
        String before = valueExpression(plan, a, params);
        String after = valueExpression(plan, b, params);
        // "how much did revenue drop": the drop itself, a positive amount when the figure fell
        boolean drop = !plan.grouped() && plan.descending();
        String change = drop ? before + " - " + after : after + " - " + before;
        // In the order the placeholders appear: the change's two, the change's two and before again, before, after.
        List<List<Object>> order = drop ? List.of(first, second, first, second, first, first, second)
                : List.of(second, first, second, first, first, first, second);
        order.forEach(params::addAll);
        String figures = change + (drop ? " AS \"drop\", 100.0 * (" : " AS \"change\", 100.0 * (") + change + ") / "
                + "nullif(" + before + ", 0) AS " + (drop ? "\"percent drop\", " : "\"percent change\", ")
                + before + " AS "
                + Identifiers.quoted(plan.change().get(0).words()) + ", " + after + " AS "
                + Identifiers.quoted(plan.change().get(1).words());
        if (!plan.grouped()) {
            return "SELECT " + figures + " FROM " + from(plan) + where(plan, plan.filters(), List.of(), params);
        }
        // "which category grew the most": the change of each group, the biggest first (ties kept when ranked)
        List<String> keys = keyColumns(plan);
        List<String> aliases = keyAliases(plan);
        List<String> notNull = keysNotNull(plan);
        String ranking = "\"change\"" + (plan.descending() ? " DESC" : " ASC") + " NULLS LAST";
        String sql = "SELECT " + String.join(", ", keys) + ", " + figures + " FROM " + from(plan)
                + where(plan, plan.filters(), notNull, params) + groupBy(plan);
        return plan.limit() == null ? sql + " ORDER BY " + ranking + ", " + String.join(", ", aliases)
                : "SELECT * FROM (" + sql + ")" + tiesKept(ranking, plan.limit()) + " ORDER BY " + ranking + ", "
                        + String.join(", ", aliases) + " LIMIT " + TIES_CAP;
    }

    /**
     * The figure per period and its change from the period before (the last group is the period, the others
     * separate series): in time order, the biggest changes first, or the rises or the falls counted.
     */
    private static String steps(Plan plan, List<Object> params) {
        String value = Identifiers.quoted(valueAlias(plan));
        List<String> keys = keyAliases(plan);
        String period = keys.get(keys.size() - 1);
        List<String> series = keys.subList(0, keys.size() - 1);
        String before = "lag(" + value + ") OVER (" + (series.isEmpty() ? "" : "PARTITION BY " + String.join(", ", series)
                + " ") + "ORDER BY " + period + ")";
        // unrounded averages, so that a change is not the difference of two rounded figures
        String figure = plan.aggregate() == Aggregate.AVG ? "avg(" + plan.measure().sql() + ")" : valueExpression(plan, null, params);
        String perPeriod = "SELECT " + String.join(", ", keyColumns(plan)) + ", " + figure + " AS " + value + " FROM "
                + from(plan) + where(plan, plan.filters(), keysNotNull(plan), params) + groupBy(plan);
        String steps = "SELECT *, " + value + " - " + before + " AS \"change\", 100.0 * (" + value + " - " + before
                + ") / nullif(abs(" + before + "), 0) AS \"percent change\" FROM (" + perPeriod + ")";
        if (plan.stepsCounted() != null) {
            String way = plan.stepsCounted() == Plan.Direction.RISE ? "> 0" : "< 0";
            String counted = plan.stepsCounted() == Plan.Direction.RISE ? "rises" : "falls";
            return "SELECT count(*) FILTER (WHERE \"change\" " + way + ") AS " + Identifiers.quoted(counted)
                    + ", count(\"change\") AS \"changes\" FROM (" + steps + ")";
        }
        if (plan.limit() == null) {
            return steps + " ORDER BY " + String.join(", ", keys);
        }
        String ranking = "\"change\"" + (plan.descending() ? " DESC" : " ASC");
        return "SELECT * FROM (" + steps + ") WHERE \"change\" IS NOT NULL" + tiesKept(ranking, plan.limit())
                + " ORDER BY " + ranking + ", " + String.join(", ", keys) + " LIMIT " + TIES_CAP;
    }

    private static String missing(Plan plan, List<Object> params) {
        String table = from(plan);
        if (plan.measure() != null) {
            // the share beside the count: "pct of records with a blank reason code" is answered by the same row
            String missing = "count(*) - count(" + plan.measure().sql() + ")";
            return "SELECT " + missing + " AS \"missing\", round(100.0 * (" + missing + ") / nullif(count(*), 0), 2)"
                    + " AS \"percent of rows\" FROM " + table + where(plan, plan.filters(), List.of(), params);
        }
        if ("columns".equals(plan.entity())) {
            return "SELECT count(*) FILTER (WHERE \"missing\" > 0) AS \"columns with missing values\", count(*) AS"
                    + " \"columns\", string_agg(\"column\", ', ' ORDER BY \"column\") FILTER (WHERE \"missing\" > 0)"
                    + " AS \"which\" FROM (" + missingPerColumn(plan, params) + ")";
        }
        if (plan.entity() != null) {
            List<DataColumn> columns = plan.groups().isEmpty() ? plan.catalog().columns()
                    : plan.groups().stream().map(Group::column).toList();
            return "SELECT count(*) AS \"rows missing a value\" FROM " + table + " WHERE " + String.join(" OR ",
                    columns.stream().map(c -> c.sql() + " IS NULL").toList());
        }
        // the columns that miss values; where none does, every column with its 0, so "how many" reads 0, not nothing
        return "SELECT * FROM (" + missingPerColumn(plan, params) + ")"
                + " QUALIFY \"missing\" > 0 OR max(\"missing\") OVER () = 0 ORDER BY \"missing\" DESC, \"column\"";
    }

    /** Each column's name and its count of missing values, one row each. */
    private static String missingPerColumn(Plan plan, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (DataColumn c : plan.catalog().columns()) {
            params.add(c.name());
            parts.add("SELECT ? AS \"column\", count(*) - count(" + c.sql() + ") AS \"missing\" FROM "
                    + from(plan));
        }
        return String.join(" UNION ALL ", parts);
    }

    /** The figure for the first of two values or periods named, minus the figure for the second, then each of them. */
    private static String difference(Plan plan, List<Object> params) {
        Filter.Values pair = plan.filters().stream().filter(f -> f instanceof Filter.Values v && !v.negated()
                && v.values().size() == 2).map(f -> (Filter.Values) f).findFirst().orElse(null);
        if (pair != null) {
            // each value as a filter reads it: "Phone" of a column whose spellings are one is its one spelling
            List<Object> a = new ArrayList<>();
            List<Object> b = new ArrayList<>();
            List<String> conditions = List.of(
                    new Filter.Values(pair.column(), List.of(pair.values().get(0)), false).sql(a),
                    new Filter.Values(pair.column(), List.of(pair.values().get(1)), false).sql(b));
            return difference(plan, conditions, List.of(a, b), pair.values(), params);
        }
        // "how many more hires on saturdays than on sundays": two periods of the week or the year
        Filter.AnyOf either = plan.filters().stream().filter(f -> f instanceof Filter.AnyOf a && a.parts().size() == 2)
                .map(f -> (Filter.AnyOf) f).findFirst().orElseThrow();
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        List<String> conditions = List.of(either.parts().get(0).sql(a), either.parts().get(1).sql(b));
        return difference(plan, conditions, List.of(a, b), either.parts().stream().map(SqlWriter::periodName).toList(),
                params);
    }

    /** The figure under the first condition minus that under the second, then each of them, named. */
    private static String difference(Plan plan, List<String> conditions, List<List<Object>> bound, List<String> names,
            List<Object> params) {
        String first = valueExpression(plan, conditions.get(0), params);
        String second = valueExpression(plan, conditions.get(1), params);
        for (int i = 0; i < 2; i++) {
            params.addAll(bound.get(0));
            params.addAll(bound.get(1));
        }
        return "SELECT " + first + " - " + second + " AS \"difference\", " + first + " AS "
                + Identifiers.quoted(names.get(0)) + ", " + second + " AS " + Identifiers.quoted(names.get(1)) + " FROM "
                + from(plan) + where(plan, plan.filters(), List.of(), params);
    }

    /** A period as a column's name: "saturdays", not "on saturdays". */
    private static String periodName(Filter period) {
        return period.words().replaceFirst("^(in|on|at|during|over|from) ", "");
    }

    /** The first and last date; of timestamps, the first and last day and then the moments themselves. */
    private static String timeRange(Plan plan) {
        DataColumn time = plan.measure() != null ? plan.measure() : plan.catalog().time().orElseThrow();
        String c = time.sql();
        String moments = "min(" + c + ") AS \"first\", max(" + c + ") AS \"last\"";
        String days = "CAST(min(" + c + ") AS DATE) AS \"first day\", CAST(max(" + c + ") AS DATE) AS \"last day\", ";
        return "SELECT " + (time.timeOfDay() ? days : "") + moments + " FROM " + from(plan);
    }

    /** The measure's summary, for each group when there are groups ("min and max beak depth for each species"). */
    private static String describe(Plan plan, List<Object> params) {
        String c = plan.measure().sql();
        String stats = "count(" + c + ") AS \"values\", count(*) - count(" + c + ") AS missing, min(" + c + ") AS min, "
                + "avg(" + c + ") AS mean, median(" + c + ") AS median, max(" + c + ") AS max, stddev(" + c + ") AS stddev";
        if (!plan.grouped()) {
            return "SELECT " + stats + " FROM " + from(plan) + where(plan, plan.filters(), List.of(), params);
        }
        List<String> aliases = keyAliases(plan);
        return "SELECT " + String.join(", ", keyColumns(plan)) + ", " + stats + " FROM " + from(plan)
                + where(plan, plan.filters(), keysNotNull(plan), params) + groupBy(plan) + " ORDER BY "
                + String.join(", ", aliases);
    }

    /** Each group's expression named by its alias, for a SELECT list. */
    private static List<String> keyColumns(Plan plan) {
        return plan.groups().stream().map(g -> GroupExpressions.shown(g) + " AS " + Identifiers.quoted(GroupExpressions.alias(g)))
                .toList();
    }

    private static List<String> keyAliases(Plan plan) {
        return plan.groups().stream().map(g -> Identifiers.quoted(GroupExpressions.alias(g))).toList();
    }

    /**
     * GROUP BY the keys' expressions, never their aliases: an alias that is also a column's name ("year" of a date,
     * "channel" for lower(trim("channel"))) would group by the column as stored.
     */
    private static String groupBy(Plan plan) {
        return " GROUP BY " + String.join(", ", plan.groups().stream().map(GroupExpressions::of).toList());
    }

    /** Rows without a group's value belong to no group: a label left blank ("", "  ") is none either. */
    private static List<String> keysNotNull(Plan plan) {
        return plan.groups().stream().map(g -> {
            String key = GroupExpressions.of(g);
            DataColumn c = g.column();
            boolean text = g.grain() == null && !g.blankIsNo() && c.role().labels() && c.role() != ColumnRole.YEAR
                    && c.type().startsWith("VARCHAR") && c.formula() == null;
            return key + " IS NOT NULL" + (text ? " AND trim(" + key + ") <> ''" : "");
        }).toList();
    }

    private static String histogram(Plan plan, List<Object> params) {
        String c = plan.measure().sql();
        return "WITH v AS (SELECT " + c + " AS x FROM " + from(plan)
                + where(plan, plan.filters(), List.of(c + " IS NOT NULL"), params)
                + "), r AS (SELECT min(x) AS lo, (max(x) - min(x)) / " + BINS + " AS w FROM v) "
                + "SELECT round(lo + least(floor((x - lo) / nullif(w, 0)), " + (BINS - 1) + ") * w, 2) AS bin_start, "
                + "count(*) AS rows FROM v, r GROUP BY bin_start ORDER BY bin_start";
    }

    private static String correlation(Plan plan, List<Object> params) {
        String x = plan.measure().sql();
        String y = plan.second().sql();
        return "WITH v AS (SELECT " + x + " AS x, " + y + " AS y, corr(" + x + ", " + y + ") OVER () AS r FROM "
                + from(plan) + where(plan, plan.filters(), List.of(x + " IS NOT NULL", y + " IS NOT NULL"), params)
                + ") SELECT x AS " + Identifiers.quoted(plan.measure().name()) + ", y AS "
                + Identifiers.quoted(plan.second().name()) + ", r FROM v USING SAMPLE reservoir(" + SCATTER_POINTS
                + " ROWS) REPEATABLE (42)";
    }

    private static String where(Plan plan, List<Filter> filters, List<String> more, List<Object> params) {
        List<String> all = new ArrayList<>();
        if (!filters.isEmpty()) {
            all.add(allOf(plan, filters, params));
        }
        all.addAll(more);
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** The filters' conditions joined, each name beside a key read as the things it names ({@link KeyedNames}). */
    private static String allOf(Plan plan, List<Filter> filters, List<Object> params) {
        return String.join(" AND ", filters.stream().map(f -> KeyedNames.sql(plan.catalog(), f, params)).toList());
    }
}
