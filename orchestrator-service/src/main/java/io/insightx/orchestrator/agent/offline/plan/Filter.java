package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.link.CaseVariants;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** A condition on rows: its SQL with {@code ?} placeholders (values go to {@code params}) and how people say it. */
public sealed interface Filter {

    String sql(List<Object> params);

    String words();

    DataColumn column();

    /** The columns the condition reads: its own, and what a group's size counts. */
    default java.util.stream.Stream<DataColumn> columns() {
        return java.util.stream.Stream.of(column());
    }

    /** Several conditions joined by one operator, in parentheses: the SQL of {@link AnyOf} and {@link AllOf}. */
    private static String joined(List<Filter> parts, String operator, List<Object> params) {
        return "(" + String.join(operator, parts.stream().map(p -> p.sql(params)).toList()) + ")";
    }

    /**
     * Whether the filter picks the part of a share ("women", "65 or older", "a non-refundable deposit"), not the whole
     * it is taken of (a period, a value set aside by "excluding" or "other than").
     */
    static boolean part(Filter f) {
        return f instanceof Values v && !v.excluding()
                || (f instanceof Compare || f instanceof Between) && !f.column().role().time() || f instanceof Versus
                || f instanceof Lacking || f instanceof Recorded || f instanceof Contains || f instanceof Said
                || f instanceof During p && (!p.period().hours().isEmpty() || p.column().hasBlanks());
        // "the share of commits between 9 and 5", "the share of customers who churned in 2025" (a date some rows lack)
    }

    /**
     * column = value, column IN (values), or their negation. A negation that {@code excluding} sets rows aside
     * ("excluding online", "other than World") bounds a share's whole; one that says what rows are ("not delayed",
     * "non-refundable") is its part.
     */
    record Values(DataColumn column, List<String> values, boolean negated, boolean excluding, boolean blankIsNo)
            implements Filter {

        public Values(DataColumn column, List<String> values, boolean negated, boolean excluding) {
            this(column, values, negated, excluding, negated && excluding && column.role() == ColumnRole.FLAG);
        }

        public Values(DataColumn column, List<String> values, boolean negated) {
            this(column, values, negated, false);
        }

        /**
         * A yes/no that is not yes, blanks included: "completed lessons" are those not cancelled, and a lesson left
         * blank was not cancelled; "unpaid" visits are those nobody marked paid. "failed qc" and "marked as not paid"
         * still ask for a recorded no.
         */
        static Values notYes(DataColumn flag) {
            return new Values(flag, List.of(flag.yes()), true, false, true);
        }

        @Override
        public String sql(List<Object> params) {
            // "Web" and "web" of a column whose spellings are one value are one value
            List<String> compared = column.caseVariants()
                    ? values.stream().map(CaseVariants.normalFor(column)).distinct().toList() : values;
            params.addAll(compared);
            String marks = String.join(", ", compared.stream().map(v -> "?").toList());
            if (column.list()) { // "PRs with the bug label": the rows whose list holds the value
                return (negated ? "NOT " : "") + "list_has_any(" + column.sql() + ", [" + marks + "])";
            }
            String cast = column.type().startsWith("VARCHAR") ? column.sql() : "CAST(" + column.sql() + " AS VARCHAR)";
            if (blankIsNo) {
                // "excluding cancelled lessons": a yes/no left blank is no yes, so those rows stay
                return compared.size() == 1 ? cast + " IS DISTINCT FROM ?"
                        : "coalesce(" + cast + " NOT IN (" + marks + "), true)";
            }
            return compared.size() == 1 ? cast + (negated ? " <> ?" : " = ?")
                    : cast + (negated ? " NOT IN (" : " IN (") + marks + ")";
        }

        @Override
        public String words() {
            String list = values.size() == 1 ? values.get(0) : String.join(", ", values.subList(0, values.size() - 1))
                    + " or " + values.get(values.size() - 1);
            return (negated ? "other than " : "") + list;
        }
    }

    /** column op number, op one of {@code > >= < <= =}. */
    record Compare(DataColumn column, String op, double number) implements Filter {

        @Override
        public String sql(List<Object> params) {
            params.add(number);
            return column.sql() + " " + op + " ?";
        }

        @Override
        public String words() {
            String how = switch (op) {
                case ">" -> "above";
                case ">=" -> "at least";
                case "<" -> "below";
                case "<=" -> "at most";
                default -> "equal to";
            };
            return "with " + column.label() + " " + how + " " + Numbers.plain(number) + (column.unit() == null ? ""
                    : " " + column.unit());
        }
    }

    /** Two measures of the same row compared: "closed higher than they opened" is close > open. */
    record Versus(DataColumn column, String op, DataColumn other) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return column.sql() + " " + op + " " + other.sql();
        }

        @Override
        public String words() {
            boolean time = column.role().time();
            String way = op.startsWith(">") ? time ? "after" : "above" : time ? "before" : "below";
            return "with " + column.label() + (op.endsWith("=") ? time ? " on or " : " at or " : " ") + way + " "
                    + other.label();
        }
    }

    /**
     * "states with no hurricanes", "the victim with no age recorded", "accounts without an industry": the column is
     * zero (a number), blank (a label) or not there at all.
     */
    record Lacking(DataColumn column) implements Filter {

        @Override
        public String sql(List<Object> params) {
            // a date that is not there is only null: a date is never 0; a label may be blank
            if (column.role().time()) {
                return column.sql() + " IS NULL";
            }
            return column.numericType() ? "(" + column.sql() + " IS NULL OR " + column.sql() + " = 0)"
                    : "(" + column.sql() + " IS NULL OR trim(CAST(" + column.sql() + " AS VARCHAR)) = '')";
        }

        @Override
        public String words() {
            return "without " + column.label();
        }
    }

    /**
     * "students who never had an absence": the keys none of whose rows has the value, never the rows without it (a
     * student present on other days still had an absence).
     */
    record Never(DataColumn column, String table, List<Filter> happened) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return column.sql() + " NOT IN (SELECT " + column.sql() + " FROM " + table + " WHERE " + column.sql()
                    + " IS NOT NULL AND " + String.join(" AND ", happened.stream().map(f -> f.sql(params)).toList()) + ")";
        }

        @Override
        public String words() {
            return "never " + String.join(" and ", happened.stream().map(Filter::words).toList());
        }
    }

    /** A condition that bounds a rate's whole, never its part: "the no-show rate on bookings that had a deposit". */
    record Whole(Filter condition) implements Filter {

        @Override
        public DataColumn column() {
            return condition.column();
        }

        @Override
        public String sql(List<Object> params) {
            return condition.sql(params);
        }

        @Override
        public String words() {
            return condition.words();
        }
    }

    /** The rows whose date is there: "customers who churned" over a churn date the active ones lack. */
    record Recorded(DataColumn column) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return column.sql() + " IS NOT NULL";
        }

        @Override
        public String words() {
            return "with " + column.label() + " recorded";
        }
    }

    /** lo ≤ column ≤ hi. */
    record Between(DataColumn column, double lo, double hi) implements Filter {

        @Override
        public String sql(List<Object> params) {
            params.add(lo);
            params.add(hi);
            return column.sql() + " BETWEEN ? AND ?";
        }

        @Override
        public String words() {
            return "with " + column.label() + " between " + Numbers.plain(lo) + " and " + Numbers.plain(hi);
        }
    }

    /** Any of several conditions: "in the 2000s vs the 1980s". */
    record AnyOf(DataColumn column, List<Filter> parts) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return joined(parts, " OR ", params);
        }

        @Override
        public String words() {
            return String.join(" and ", parts.stream().map(Filter::words).toList());
        }
    }

    /** A condition said in the question's own words: "that ended in a draw" is home_score = away_score. */
    record Said(DataColumn column, Filter condition, String words) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return condition.sql(params);
        }
    }

    /** Every one of several conditions: "home games barcelona won" is home_team = Barcelona and home_score > away_score. */
    record AllOf(DataColumn column, List<Filter> parts) implements Filter {

        @Override
        public String sql(List<Object> params) {
            return joined(parts, " AND ", params);
        }

        @Override
        public String words() {
            return String.join(" ", parts.stream().map(Filter::words).toList());
        }
    }

    /**
     * The groups of a label column with more (or fewer) than a number of rows: "states with more than 100 airports";
     * or with that many values of {@code distinct} when one is named ("shearers who worked at more than 10 different
     * farms"). The rows counted are those the question's other conditions ({@code within}) keep.
     */
    record GroupSize(DataColumn column, String table, String op, double number, String noun, List<Filter> within,
            DataColumn distinct) implements Filter {

        GroupSize(DataColumn column, String table, String op, double number, String noun, List<Filter> within) {
            this(column, table, op, number, noun, within, null);
        }

        @Override
        public java.util.stream.Stream<DataColumn> columns() {
            return java.util.stream.Stream.of(column, distinct);
        }

        GroupSize within(List<Filter> others) {
            return new GroupSize(column, table, op, number, noun, others, distinct);
        }

        @Override
        public String sql(List<Object> params) {
            String c = column.sql();
            // "riders with exactly one completed trip": the rows counted are those the other conditions keep
            String where = within.isEmpty() ? ""
                    : " WHERE " + String.join(" AND ", within.stream().map(f -> f.sql(params)).toList());
            params.add(number);
            String counted = distinct == null ? "count(*)" : "count(DISTINCT " + distinct.sql() + ")";
            return c + " IN (SELECT " + c + " FROM " + table + where + " GROUP BY " + c + " HAVING " + counted + " "
                    + op + " ?)";
        }

        @Override
        public String words() {
            String how = switch (op) {
                case "=" -> "exactly";
                case ">=" -> "at least";
                case "<=" -> "at most";
                case ">" -> "more than";
                default -> "fewer than";
            };
            if ("times".equals(noun)) {
                return "found " + how + " " + (number == 1 ? "once" : number == 2 ? "twice" : Numbers.plain(number)
                        + " times");
            }
            return "with " + how + " " + Numbers.plain(number) + (distinct == null ? " " : " different ") + noun;
        }
    }

    /**
     * The first step of "for the 2 islands with the most penguins, …": the groups ranked first by a count or by an
     * aggregate of a measure, over the rows the question's other conditions ({@code within}) keep.
     */
    record TopGroups(DataColumn column, String table, Aggregate by, DataColumn measure, boolean descending, int limit,
            List<Filter> within, String words) implements Filter {

        @Override
        public String sql(List<Object> params) {
            String c = column.sql();
            String rank = measure == null ? "count(*)" : String.format(by.sql, measure.sql());
            List<String> conditions = new java.util.ArrayList<>(within.stream().map(f -> f.sql(params)).toList());
            conditions.add(c + " IS NOT NULL");
            return c + " IN (SELECT " + c + " FROM " + table + " WHERE " + String.join(" AND ", conditions) + " GROUP BY "
                    + c + " ORDER BY " + rank + (descending ? " DESC" : " ASC") + " NULLS LAST, " + c + " LIMIT " + limit + ")";
        }
    }

    /** A period on the time column: a span of dates or years, months of every year, days of the week. */
    record During(DataColumn column, Period period) implements Filter {

        @Override
        public String sql(List<Object> params) {
            StringBuilder sql = new StringBuilder();
            if (!period.months().isEmpty()) {
                sql.append(in("month(" + column.sql() + ")", period.months(), params));
            }
            if (!period.weekdays().isEmpty()) {
                sql.append(sql.length() > 0 ? " AND " : "").append(in("isodow(" + column.sql() + ")", period.weekdays(), params));
            }
            if (!period.hours().isEmpty()) {
                sql.append(sql.length() > 0 ? " AND " : "").append(in("hour(" + column.sql() + ")", period.hours(), params));
            }
            if (period.from() != null) {
                sql.append(sql.length() > 0 ? " AND " : "").append(bound(column, period.from(), params, ">="));
            }
            if (period.to() != null) {
                sql.append(sql.length() > 0 ? " AND " : "").append(bound(column, period.to(), params, "<"));
            }
            return sql.toString();
        }

        private static String in(String expression, List<Integer> values, List<Object> params) {
            params.addAll(values);
            return values.size() == 1 ? expression + " = ?"
                    : expression + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")";
        }

        private static String bound(DataColumn c, LocalDate d, List<Object> params, String op) {
            if (c.role() == ColumnRole.YEAR) {
                params.add(d.getYear() + (d.getDayOfYear() == 1 ? 0 : 1));
                return c.sql() + " " + op + " ?";
            }
            params.add(d.toString());
            return c.sql() + " " + op + " CAST(? AS DATE)";
        }

        @Override
        public String words() {
            if (period.words().toLowerCase(Locale.ROOT).matches("(in|on|at|over|during|since|after|before|until|from|between) .*")) {
                return period.words();
            }
            boolean days = !period.weekdays().isEmpty() && period.months().isEmpty() && period.from() == null;
            String hours = period.hours().size() == 1 ? "at " : "from ";
            // "on monday", never "in monday"; "from midnight to 6 am", never "in midnight"
            return (days ? "on " : !period.hours().isEmpty() ? hours : "in ") + period.words();
        }
    }

    /** Free text that mentions a word, in any of its forms: "reviews that mention crashes" (crash, crashes, crashed). */
    record Contains(DataColumn column, String word) implements Filter {

        @Override
        public String sql(List<Object> params) {
            params.add("\\b" + java.util.regex.Pattern.quote(word) + "(s|es|ed|ing)?\\b");
            return "regexp_matches(" + column.sql() + ", ?, 'i')";
        }

        @Override
        public String words() {
            return "mentioning “" + word + "”";
        }
    }
}
