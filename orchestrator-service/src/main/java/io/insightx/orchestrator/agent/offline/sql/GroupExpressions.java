package io.insightx.orchestrator.agent.offline.sql;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.ValueAliases;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Group;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of a grouping: a column, or a time grain of a date or of a year number. */
final class GroupExpressions {

    private GroupExpressions() {
    }

    static String of(Group g) {
        String c = g.column().sql();
        if (g.grain() == null) {
            // "guided vs not guided": a yes/no left blank is no yes, so its rows are counted with the noes
            return g.blankIsNo() ? "coalesce(" + c + ", false)" : c;
        }
        if (g.column().role() == ColumnRole.YEAR) {
            return g.grain() == Grain.DECADE ? "(" + c + " // 10) * 10" : g.grain() == Grain.CENTURY ? "(" + c + " // 100) * 100" : c;
        }
        return switch (g.grain()) {
            case CENTURY -> "(year(" + c + ") // 100) * 100";
            case DECADE -> "(year(" + c + ") // 10) * 10";
            case YEAR -> "year(" + c + ")";
            case QUARTER -> "strftime(" + c + ", '%Y') || '-Q' || quarter(" + c + ")";
            case MONTH, MONTH_OF_ONE_YEAR -> "strftime(" + c + ", '%Y-%m')";
            case MONTH_OF_YEAR -> "month(" + c + ")";
            case WEEK -> "CAST(date_trunc('week', " + c + ") AS DATE)";
            case WEEKDAY -> "dayname(" + c + ")";
            case WEEKEND -> "(isodow(" + c + ") >= 6)";
            case DAY -> "CAST(" + c + " AS DATE)";
            case HOUR_OF_DAY -> "hour(" + c + ")";
            case HOUR -> "date_trunc('hour', " + c + ")";
        };
    }

    /**
     * The key as the answer shows it: a value written several ways is shown in its most common spelling ("no-show"),
     * never in the one spelling it is grouped by ("noshow").
     */
    static String shown(Group g) {
        return g.grain() == null && g.column().caseVariants() ? "mode(trim(" + Identifiers.quoted(g.column().name()) + "))"
                : of(g);
    }

    /**
     * Columns beside the key that name it in words (the month's name, the sex a code stands for), by their alias: a
     * month of one year is also numbered, so "2024-01", 1 and January all stand in its row. Their parameters go to
     * {@code params}, in the order the labels are written.
     */
    static Map<String, String> labels(Group g, Catalog catalog, List<Object> params) {
        String c = g.blankIsNo() ? of(g) : g.column().sql();
        if (g.sides() != null) {
            // "surge vs non-surge": each group named in the question's words, bound as data
            params.add(g.column().yes());
            params.add(g.sides().yes());
            params.add(g.sides().no());
            return Map.of(g.column().name() + "_group", "CASE WHEN CAST(any_value(" + c + ") AS VARCHAR) = ? THEN ? ELSE ? END");
        }
        if (g.grain() == Grain.MONTH_OF_ONE_YEAR && g.column().role() == ColumnRole.TIME) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("month_of_the_year", "month(min(" + c + "))");
            labels.put("month_name", "monthname(min(" + c + "))");
            return labels;
        }
        String alias = (g.grain() == null ? g.column().name() : g.grain().words.replace(' ', '_')) + "_name";
        if (g.grain() == Grain.MONTH_OF_YEAR && g.column().role() == ColumnRole.TIME) {
            return Map.of(alias, "monthname(min(" + c + "))");
        }
        if (g.grain() == Grain.WEEKEND) {
            return Map.of(alias, "CASE WHEN min(isodow(" + c + ")) >= 6 THEN 'weekend' ELSE 'weekday' END");
        }
        if (g.grain() == null && ValueAliases.codedSex(g.column())) {
            return Map.of(alias, "CASE min(" + c + ") WHEN 1 THEN 'male' WHEN 2 THEN 'female' END");
        }
        if (g.grain() == null) {
            // "which vendor": grouped by vendor_id, each one named too, in its most common spelling
            return catalog.nameOf(g.column()).map(name -> Map.of(name.name(), name.type().startsWith("VARCHAR")
                    ? "mode(trim(" + Identifiers.quoted(name.name()) + "))" : "any_value(" + name.sql() + ")"))
                    .orElse(Map.of());
        }
        return Map.of();
    }

    /** How the groups are ordered when no ranking is asked: in time order. */
    static String order(Group g, String alias) {
        if (g.grain() == Grain.WEEKDAY && g.column().role() == ColumnRole.TIME) {
            return "min(isodow(" + g.column().sql() + "))";
        }
        return alias;
    }

    static String alias(Group g) {
        return g.grain() == null ? g.column().name() : g.grain() == Grain.YEAR && g.column().role() == ColumnRole.YEAR
                ? g.column().name() : g.grain().words.replace(' ', '_');
    }
}
