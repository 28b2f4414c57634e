package io.insightx.orchestrator.agent.offline;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the answer as an analyst would: the figure or the table that answers first, then one or two sentences on
 * what stands out (largest, smallest, share of the total, direction of a trend).
 */
final class AnswerWriter {

    private static final int TABLE_ROWS = 20;
    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private AnswerWriter() {
    }

    static String write(Plan plan, JsonNode sqlResult, JsonNode pythonResult, String question) {
        StringBuilder out = new StringBuilder();
        JsonNode rows = sqlResult.path("rows");
        if (rows.isEmpty()) {
            out.append("No rows match the question").append(plan.filters().isEmpty() ? "." : " (filters: `"
                    + String.join(" AND ", plan.filters()) + "`).");
        } else if (plan.kind() == Plan.Kind.HISTOGRAM) {
            out.append("The distribution of **").append(plan.measure().name()).append("** over ")
                    .append(format(pythonResult.path("rows"))).append(" values: the most common range starts at **")
                    .append(format(pythonResult.path("mode_bin_start"))).append("**. See the histogram.");
        } else if (plan.kind() == Plan.Kind.CORRELATION) {
            double r = pythonResult.path("r").asDouble();
            out.append("The correlation between **").append(plan.measure().name()).append("** and **")
                    .append(plan.second().name()).append("** is **r = ").append(String.format(Locale.ROOT, "%.2f", r))
                    .append("**, ").append(strength(r)).append(". The scatter plot shows ")
                    .append(pythonResult.path("points").asInt()).append(" points.");
        } else if (plan.kind() == Plan.Kind.DESCRIBE) {
            out.append("**").append(plan.measure().name()).append("**:\n\n").append(table(sqlResult));
        } else if (rows.size() == 1 && rows.get(0).size() == 1) {
            out.append(single(plan, rows.get(0).get(0)));
        } else if (plan.ordered() && rows.size() == 1 && rows.get(0).size() == 2 && plan.kind() == Plan.Kind.AGGREGATE) {
            out.append("**").append(key(rows.get(0).get(0))).append("** has the ").append(plan.descending() ? "highest " : "lowest ")
                    .append(plan.aggregate() == Plan.Aggregate.COUNT ? "number of rows" : plan.aggregate().words + " "
                            + plan.measure().name()).append(": **").append(format(rows.get(0).get(1))).append("**.");
        } else {
            out.append(table(sqlResult));
            out.append(remarks(plan, sqlResult));
        }
        if (!plan.filters().isEmpty() && !rows.isEmpty()) {
            out.append("\n\n_Filtered on ").append(String.join(" and ", plan.filters().stream().map(f -> "`" + f + "`").toList()))
                    .append("._");
        }
        plan.notes().forEach(n -> out.append("\n\n_").append(n).append("_"));
        return out.toString().strip();
    }

    private static String single(Plan plan, JsonNode value) {
        String what = plan.aggregate() == Plan.Aggregate.COUNT ? "The number of rows"
                : plan.aggregate() == Plan.Aggregate.COUNT_DISTINCT ? "The number of distinct " + plan.measure().name() + " values"
                : "The " + plan.aggregate().words + " " + plan.measure().name();
        return what + " is **" + format(value) + "**.";
    }

    private static String remarks(Plan plan, JsonNode result) {
        JsonNode rows = result.path("rows");
        if (plan.kind() == Plan.Kind.RANKED_ROWS || rows.isEmpty() || rows.get(0).size() < 2 || !rows.get(0).get(1).isNumber()) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        JsonNode top = rows.get(0);
        JsonNode bottom = rows.get(rows.size() - 1);
        if (plan.grain() != null && rows.size() > 1) {
            double first = rows.get(0).get(1).asDouble();
            double last = bottom.get(1).asDouble();
            JsonNode max = top;
            for (JsonNode row : rows) {
                max = row.get(1).asDouble() > max.get(1).asDouble() ? row : max;
            }
            String direction = last > first ? "rises" : last < first ? "falls" : "stays flat";
            sentences.add("From " + text(rows.get(0).get(0)) + " to " + text(bottom.get(0)) + " it " + direction
                    + (first != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (last - first) / Math.abs(first) * 100) : "")
                    + "; the peak is **" + text(max.get(0)) + "** (" + format(max.get(1)) + ").");
        } else if (rows.size() > 1) {
            JsonNode max = top;
            JsonNode min = top;
            double total = 0;
            for (JsonNode row : rows) {
                max = row.get(1).asDouble() > max.get(1).asDouble() ? row : max;
                min = row.get(1).asDouble() < min.get(1).asDouble() ? row : min;
                total += row.get(1).asDouble();
            }
            String sentence = "**" + text(max.get(0)) + "** is highest (" + format(max.get(1)) + ") and **" + text(min.get(0))
                    + "** lowest (" + format(min.get(1)) + ")";
            boolean additive = plan.aggregate() == Plan.Aggregate.COUNT || plan.aggregate() == Plan.Aggregate.SUM;
            if (additive && total > 0 && !plan.ordered()) {
                sentence += String.format(Locale.ROOT, "; %s makes up %.1f%% of the total", text(max.get(0)),
                        max.get(1).asDouble() / total * 100);
            }
            sentences.add(sentence + ".");
        }
        return sentences.isEmpty() ? "" : "\n\n" + String.join(" ", sentences);
    }

    static String table(JsonNode result) {
        StringBuilder out = new StringBuilder("|");
        JsonNode columns = result.path("columns");
        columns.forEach(c -> out.append(' ').append(c.path("name").asText()).append(" |"));
        out.append("\n|");
        columns.forEach(c -> out.append(c.path("type").asText().matches(".*(INT|DOUBLE|DECIMAL|FLOAT).*") ? " ---: |" : " --- |"));
        int shown = 0;
        for (JsonNode row : result.path("rows")) {
            if (shown++ == TABLE_ROWS) {
                break;
            }
            out.append("\n|");
            boolean first = true;
            for (JsonNode v : row) {
                out.append(' ').append((first ? key(v) : format(v)).replace("|", "\\|")).append(" |");
                first = false;
            }
        }
        int total = result.path("rows").size();
        if (total > TABLE_ROWS) {
            out.append("\n\n_").append(total - TABLE_ROWS).append(" more rows in the result table._");
        }
        return out.toString();
    }

    static String format(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        return v.isNumber() ? NUMBER.format(v.asDouble()) : v.asText();
    }

    /** A group's key (a year, a category) as written, without thousands separators. */
    private static String key(JsonNode v) {
        return v == null || v.isNull() ? "—" : v.asText();
    }

    private static String text(JsonNode v) {
        return key(v);
    }

    private static String strength(double r) {
        double a = Math.abs(r);
        String size = a >= 0.7 ? "a strong" : a >= 0.4 ? "a moderate" : a >= 0.2 ? "a weak" : "almost no";
        return size + (a >= 0.2 ? (r > 0 ? " positive" : " negative") + " relationship" : " linear relationship");
    }
}
