package io.insightx.orchestrator.agent.offline.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;

/** What stands out in a grouped result: the direction of a trend and its peak, or the largest and smallest group. */
final class Remarks {

    /** How many tied rows are named before "and N more". */
    private static final int TIES_SHOWN = 4;

    private Remarks() {
    }

    static String of(Plan plan, JsonNode sql) {
        JsonNode rows = sql.path("rows");
        if (rows.size() < 2) {
            return "";
        }
        // a share comes as its percent and its fraction, in the last two columns: the percent is said
        boolean share = plan.aggregate() == Aggregate.SHARE && rows.get(0).size() >= 3;
        int v = rows.get(0).size() - (share ? 2 : 1);
        String unit = share ? "%" : "";
        if (!rows.get(0).get(v).isNumber()) {
            return "";
        }
        JsonNode max = rows.get(0);
        JsonNode min = rows.get(0);
        double total = 0;
        for (JsonNode row : rows) {
            max = row.get(v).asDouble() > max.get(v).asDouble() ? row : max;
            min = row.get(v).asDouble() < min.get(v).asDouble() ? row : min;
            total += row.get(v).asDouble();
        }
        if (max.get(v).asDouble() == min.get(v).asDouble()) {
            return "\n\nAll " + rows.size() + " have the same figure (" + Cells.value(max.get(v)) + unit + ").";
        }
        List<String> highest = tied(rows, v, max.get(v).asDouble());
        List<String> lowest = tied(rows, v, min.get(v).asDouble());
        if (plan.groups().size() == 1 && timeLine(plan.groups().get(0))) {
            return "\n\n" + direction(rows, v, max, min) + "; the peak is " + bold(highest) + " ("
                    + Cells.value(max.get(v)) + unit + ").";
        }
        String s = "\n\n" + bold(highest) + (highest.size() > 1 ? " are" : " is") + " highest (" + Cells.value(max.get(v))
                + unit + ") and " + bold(lowest) + " lowest (" + Cells.value(min.get(v)) + unit + ")";
        boolean additive = plan.aggregate() == Aggregate.COUNT || plan.aggregate() == Aggregate.SUM;
        if (additive && total > 0 && plan.limit() == null && highest.size() == 1) {
            s += String.format(Locale.ROOT, "; %s makes up %.1f%% of the total", name(max, v),
                    max.get(v).asDouble() / total * 100);
        }
        return s + ".";
    }

    /** The names of the rows at a value: a tie is said as one ("2000, 2001 and 2009 are highest"), never one of it. */
    private static List<String> tied(JsonNode rows, int v, double value) {
        List<String> names = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get(v).asDouble() == value) {
                names.add(name(row, v));
            }
        });
        return names;
    }

    private static String bold(List<String> names) {
        List<String> shown = new ArrayList<>(names.stream().limit(TIES_SHOWN).map(n -> "**" + n + "**").toList());
        if (names.size() > TIES_SHOWN) {
            shown.add((names.size() - TIES_SHOWN) + " more");
        }
        return shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /**
     * From the first point to the last: up, down, or back where it began after a peak or a trough in between (0 →
     * 287 → 0 is no flat line). A percent only from a positive start: from −0.02 to 0.26 is no "−4444 %".
     */
    private static String direction(JsonNode rows, int v, JsonNode max, JsonNode min) {
        double a = rows.get(0).get(v).asDouble();
        double b = rows.get(rows.size() - 1).get(v).asDouble();
        double range = max.get(v).asDouble() - min.get(v).asDouble();
        String direction;
        if (range == 0) {
            direction = "stays flat";
        } else if (Math.abs(b - a) < 0.05 * range) {
            direction = max.get(v).asDouble() - Math.max(a, b) > Math.max(a, b) - min.get(v).asDouble()
                    ? "rises and falls back to where it began" : "falls and recovers to where it began";
        } else {
            direction = (b > a ? "rises" : "falls") + (a > 0 && b >= 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (b - a) / a * 100) : "");
        }
        return "From " + Cells.key(rows.get(0).get(0)) + " to " + Cells.key(rows.get(rows.size() - 1).get(0)) + " it " + direction;
    }

    /**
     * A row named by every key before its value ("Furniture, 2024", not "2024" for both the highest and the lowest
     * of two groupings); a month named by its name after its number; an empty key said as such.
     */
    static String name(JsonNode row, int v) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            boolean numberBeforeItsName = i + 1 < v && row.get(i).isNumber() && row.get(i + 1).isTextual();
            String key = Cells.key(row.get(i));
            if (!numberBeforeItsName) {
                keys.add(key == null || key.isBlank() ? "(blank)" : key);
            }
        }
        return String.join(", ", keys);
    }

    /**
     * Whether the group's order is a time line, where "from the first to the last it rises" means something: a
     * time column or a running grain (year, month, day), never a cycle (month of the year, weekday) or categories.
     */
    static boolean timeLine(Group group) {
        return group.grain() != null ? !group.grain().cyclic() : group.column().role().time();
    }
}
