package io.insightx.orchestrator.agent.offline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Numbers;
import io.insightx.orchestrator.agent.offline.plan.Plan;

/**
 * Writes the answer as an analyst would: what was ignored first (when something was), then the figure or the
 * named winner in the question's terms, the table when there are several rows, and what stands out. Every figure
 * comes from the query's result, a chart's too: Python, when it runs, only draws.
 */
public final class AnswerWriter {

    private AnswerWriter() {
    }

    public static String write(Plan plan, JsonNode sql) {
        StringBuilder out = new StringBuilder();
        if (!plan.ignored().isEmpty()) {
            // said first and set apart: the figure below answers less than was asked (a tester read past the italics)
            out.append("> **Partial answer.** I could not use ").append(quoted(plan.ignored()))
                    .append(" from the question; this answer leaves ").append(plan.ignored().size() == 1 ? "it" : "them")
                    .append(" out.\n\n");
        } else if (plan.guessed()) {
            // a partial answer always says why: here a reading taken among several, which its note names
            out.append("> **Partial answer.** Part of the question can be read more than one way; the note below says")
                    .append(" which reading I took.\n\n");
        }
        JsonNode rows = sql.path("rows");
        if (rows.isEmpty() && plan.kind() == Plan.Kind.MISSING) {
            out.append(missing(plan, sql));
        } else if (rows.isEmpty() || nothingToAggregate(plan, rows)) {
            out.append("No rows match: ").append(lower(Interpretation.of(plan)));
        } else {
            out.append(body(plan, sql));
        }
        plan.notes().forEach(n -> out.append("\n\n_").append(n).append("_"));
        return out.toString().strip();
    }

    /** "avg mpg of cars from 1981" where no car is from 1981: the average of no rows is no figure. */
    private static boolean nothingToAggregate(Plan plan, JsonNode rows) {
        return !plan.grouped() && plan.aggregate() != null && plan.aggregate() != Aggregate.COUNT
                && plan.kind() == Plan.Kind.AGGREGATE && rows.size() == 1 && rows.get(0).size() == 1
                && rows.get(0).get(0).isNull();
    }

    private static String body(Plan plan, JsonNode sql) {
        JsonNode rows = sql.path("rows");
        JsonNode first = rows.get(0);
        String unit = unit(plan);
        return switch (plan.kind()) {
            case HISTOGRAM -> "The distribution of **" + plan.measure().label() + "** over "
                    + Numbers.grouped(ChartFigures.histogramTotal(sql)) + " values: the most common range starts at **"
                    + Numbers.grouped(ChartFigures.modeBinStart(sql)) + "**.";
            case CORRELATION -> "The correlation between **" + plan.measure().label() + "** and **" + plan.second().label()
                    + "** is **r = " + String.format(Locale.ROOT, "%.2f", ChartFigures.correlation(sql)) + "**, "
                    + strength(ChartFigures.correlation(sql)) + ".";
            case MISSING -> missing(plan, sql);
            case DESCRIBE -> Interpretation.of(plan) + "\n\n" + ResultTable.of(sql);
            case COLUMNS -> plan.entity() != null ? "The **" + plan.entity() + "** object has **" + rows.size()
                    + " fields**, each a column of `" + plan.catalog().table() + "`:\n\n" + ResultTable.of(sql)
                    : "`" + plan.catalog().table() + "` has **" + Numbers.grouped(plan.catalog().rows()) + " rows** and **"
                    + rows.size() + " columns**:\n\n" + ResultTable.of(sql);
            case SHAPE -> "`" + plan.catalog().table() + "` has **" + Cells.value(first.get(0)) + " rows** and **"
                    + Cells.value(first.get(1)) + " columns**.";
            case TIME_RANGE -> "The data runs from **" + Cells.key(first.get(0)) + "** to **" + Cells.key(first.get(1)) + "**"
                    + (first.size() == 4 ? " (from " + Cells.key(first.get(2)) + " to " + Cells.key(first.get(3)) + ")" : "")
                    + ".";
            case CHANGE -> change(plan, sql);
            case STEPS -> steps(plan, sql, unit);
            case ROWS -> rowsAnswer(plan, sql, unit);
            case DIFFERENCE -> capitalize(Interpretation.metric(plan)) + " is **" + Cells.value(first.get(1)) + "**" + unit
                    + " for " + sql.path("columns").path(1).path("name").asText() + " and **" + Cells.value(first.get(2))
                    + "**" + unit + " for " + sql.path("columns").path(2).path("name").asText() + ": a difference of **"
                    + signed(first.get(0)) + "**" + unit + ".";
            case MATCHES -> matches(plan, sql);
            case LOOKUP -> rows.size() == 1 ? capitalize(plan.measure().label()) + ": **" + Cells.key(first.get(0)) + "**"
                    + unit + ". _(" + Interpretation.of(plan) + ")_" : matches(plan, sql);
            default -> aggregateAnswer(plan, sql, unit);
        };
    }

    /** How many rows the filters keep, and the first of them. */
    private static String matches(Plan plan, JsonNode sql) {
        JsonNode first = sql.path("rows").get(0);
        long all = first.get(first.size() - 1).asLong();
        int shown = sql.path("rows").size();
        return capitalize(Interpretation.of(plan).replaceAll("\\.$", "")) + ": **" + Numbers.grouped(all) + "** in all"
                + (all > shown ? ", the first " + shown + " below" : "") + ".\n\n" + ResultTable.of(sql);
    }

    /** The change between two periods; for groups, the group that changed most named first, then every group. */
    private static String change(Plan plan, JsonNode sql) {
        int k = plan.groups().size();
        JsonNode first = sql.path("rows").get(0);
        String who = k == 0 ? capitalize(Interpretation.metric(plan))
                : "For **" + Cells.key(first.get(0)) + "**, " + Interpretation.metric(plan);
        String went = who + " went from **" + Cells.value(first.get(k + 2)) + "** in " + plan.change().get(0).words()
                + " to **" + Cells.value(first.get(k + 3)) + "** in " + plan.change().get(1).words();
        String percent = first.get(k + 1).isNull() ? ""
                : String.format(Locale.ROOT, " (%+.1f%%)", first.get(k + 1).asDouble());
        if (sql.path("columns").path(0).path("name").asText().equals("drop")) {
            // asked as a drop: said as one, or plainly as the rise it was
            boolean fell = first.get(0).asDouble() >= 0;
            return went + (fell ? ": a drop of **" + Cells.value(first.get(0)) + "**" + percent.replace("+", "")
                    : ": not a drop but a rise of **" + Cells.value(first.get(0)).replace("-", "") + "**"
                            + percent.replace("-", "+")) + ".";
        }
        String sentence = went + ": a change of **" + signed(first.get(k)) + "**" + percent + ".";
        return k == 0 ? sentence : sentence + " _(" + Interpretation.of(plan) + ")_\n\n" + ResultTable.of(sql);
    }

    /**
     * Changes from one period to the next: how many went the way asked, the biggest named with where it came from,
     * or every period's change listed in time order.
     */
    private static String steps(Plan plan, JsonNode sql, String unit) {
        JsonNode rows = sql.path("rows");
        int k = plan.groups().size();
        String step = Interpretation.step(plan);
        String interpretation = " _(" + Interpretation.of(plan) + ")_";
        if (plan.stepsCounted() != null) {
            JsonNode first = rows.get(0);
            return "**" + Cells.value(first.get(0)) + "** of the " + Cells.value(first.get(1)) + " changes from one " + step
                    + " to the next " + (plan.stepsCounted() == Plan.Direction.RISE ? "were rises" : "were falls") + " in "
                    + Interpretation.metric(plan) + "." + interpretation;
        }
        if (plan.limit() != null) {
            List<String> who = new ArrayList<>();
            for (JsonNode row : rows) {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    keys.add(Cells.key(row.get(i)));
                }
                who.add("**" + String.join(", ", keys) + "**");
            }
            JsonNode first = rows.get(0);
            String edge = plan.descending() ? "biggest rise" : "biggest fall";
            String sentence = "The " + edge + " in " + Interpretation.metric(plan) + " from the " + step + " before came in "
                    + (plan.limit() == 1 ? String.join(" and ", who) : who.get(0)) + ": **" + signed(first.get(k + 1)) + "**"
                    + unit + " (to " + Cells.value(first.get(k)) + unit + percent(first.get(k + 2), first.get(k), first.get(k + 1))
                    + ")." + interpretation;
            return rows.size() == 1 ? sentence : sentence + "\n\n" + ResultTable.of(sql);
        }
        return Interpretation.of(plan) + "\n\n" + ResultTable.of(sql);
    }

    /** ", +19.9%" after a change, unless the period before was zero or below (a percent of that means nothing). */
    private static String percent(JsonNode percent, JsonNode value, JsonNode change) {
        boolean meaningful = !percent.isNull() && value.asDouble() - change.asDouble() > 0;
        return meaningful ? String.format(Locale.ROOT, ", %+.1f%%", percent.asDouble()) : "";
    }

    private static String aggregateAnswer(Plan plan, JsonNode sql, String unit) {
        JsonNode rows = sql.path("rows");
        if (!plan.grouped() && !plan.also().isEmpty()) {
            // "avg rating and # of episodes": each figure named with its value, in the order asked
            List<String> figures = new ArrayList<>();
            List<Plan> all = new ArrayList<>(List.of(plan));
            all.addAll(plan.also());
            for (int i = 0; i < all.size(); i++) {
                Plan p = all.get(i);
                figures.add(Interpretation.metric(p) + ": **" + Cells.value(rows.get(0).get(i)) + "**" + unit(p));
            }
            return capitalize(String.join("; ", figures)) + ". _(" + Interpretation.of(plan) + ")_";
        }
        if (!plan.grouped()) {
            String figure = "**" + Cells.value(rows.get(0).get(0)) + "**" + (plan.aggregate() == Aggregate.SHARE ? "%" : unit);
            String sentence = Interpretation.of(plan);
            return plan.aggregate() == Aggregate.COUNT ? figure + " " + lower(sentence.replaceFirst("^Counted ", ""))
                    : capitalize(Interpretation.metric(plan)) + ": " + figure + ". " + "_(" + sentence + ")_";
        }
        if (plan.limit() != null && plan.limit() == 1) {
            JsonNode row = rows.get(0);
            int last = row.size() - 1;
            String metric = Interpretation.metric(plan).replaceFirst("^the ", "");
            String edge = plan.descending() ? "highest " : "lowest ";
            List<String> tied = new ArrayList<>();
            rows.forEach(r -> tied.add("**" + Cells.key(r.get(0)) + "**"));
            String who = tied.size() == 1 ? tied.get(0) + " has" : String.join(" and ", tied) + " tie for";
            return who + " the " + (metric.startsWith(edge) ? "" : edge) + metric + ": **" + Cells.value(row.get(last)) + "**" + unit
                    + ". _(" + Interpretation.of(plan) + ")_" + (tied.size() > 1 ? "\n\n" + ResultTable.of(sql) : "");
        }
        return Interpretation.of(plan) + "\n\n" + ResultTable.of(sql) + Remarks.of(plan, sql);
    }

    private static String missing(Plan plan, JsonNode sql) {
        long total = 0;
        for (JsonNode row : sql.path("rows")) {
            total += row.path(plan.measure() != null ? 0 : row.size() - 1).asLong();
        }
        if ("columns".equals(plan.entity())) {
            JsonNode row = sql.path("rows").get(0);
            long with = row.get(0).asLong();
            return with == 0 ? "No column of `" + plan.catalog().table() + "` misses a value."
                    : "**" + with + "** of the " + row.get(1).asLong() + " columns miss values: " + row.get(2).asText()
                    + ".";
        }
        if (plan.entity() != null) {
            return total == 0 ? "No row of `" + plan.catalog().table() + "` misses a value."
                    : "**" + Cells.value(sql.path("rows").get(0).get(0)) + "** rows miss at least one value.";
        }
        if (total == 0) {
            return "There are **no missing values** in " + (plan.measure() == null ? "`" + plan.catalog().table() + "`"
                    : plan.measure().name()) + ".";
        }
        JsonNode first = sql.path("rows").get(0);
        if (plan.measure() != null) {
            return "**" + Cells.value(first.get(0)) + "** missing values in " + plan.measure().name() + ": **"
                    + Cells.value(first.get(1)) + " %** of the rows.";
        }
        return "**" + Cells.value(first.get(first.size() - 1)) + "** missing in the column with the most; by column:\n\n"
                + ResultTable.of(sql);
    }

    private static String rowsAnswer(Plan plan, JsonNode sql, String unit) {
        JsonNode columns = sql.path("columns");
        JsonNode row = sql.path("rows").get(0);
        List<String> names = new ArrayList<>();
        String value = "";
        // a name says which row it is better than a key: "SMINK, CARL ROBERT", not "S4DE00052"
        boolean named = plan.catalog().columns().stream().anyMatch(c -> c.role() == ColumnRole.NAME);
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).path("name").asText();
            DataColumn c = plan.catalog().columns().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (c == null) {
                continue;
            }
            if (c.equals(plan.measure())) {
                value = Cells.value(row.get(i));
            } else if (c.role() == ColumnRole.NAME || c.role() == ColumnRole.IDENTIFIER && !named || c.role() == ColumnRole.TIME
                    || c.role() == ColumnRole.YEAR || c.role() == ColumnRole.CATEGORY && names.size() < 2) {
                names.add(Cells.key(row.get(i)));
            }
        }
        int tied = sql.path("rows").size();
        String who = (names.isEmpty() ? "The first row" : "**" + String.join(", ", names) + "**")
                + (tied > plan.limit() ? " (with " + (tied - 1) + " more tied, all listed below)" : "");
        if (plan.measure().role().time()) {
            return "**" + value + "**: " + lower(Interpretation.of(plan)) + "\n\n" + ResultTable.of(sql);
        }
        return who + " has the " + Interpretation.edge(plan) + " " + plan.measure().label() + ": **" + value
                + "**" + unit + ".\n\n" + ResultTable.of(sql);
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "“" + w + "”").toList());
    }

    private static String signed(JsonNode v) {
        String s = Cells.value(v);
        return v.asDouble() > 0 ? "+" + s : s;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The unit of the plan's measure, after a space, as the answer writes it after a figure; else nothing. */
    private static String unit(Plan plan) {
        return plan.measure() == null || plan.measure().unit() == null ? "" : " " + plan.measure().unit();
    }

    static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String strength(double r) {
        double a = Math.abs(r);
        String size = a >= 0.7 ? "a strong" : a >= 0.4 ? "a moderate" : a >= 0.2 ? "a weak" : "almost no";
        return size + (a >= 0.2 ? (r > 0 ? " positive" : " negative") + " relationship" : " linear relationship");
    }
}
