package io.insightx.orchestrator.agent.offline.sql;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.ValueAliases;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Group;

/** The SQL of a grouping: a column, or a time grain of a date or of a year number. */
final class GroupExpressions {

    private GroupExpressions() {
    }

    static String of(Group g) {
        String c = g.column().sql();
        if (g.grain() == null) {
            return c;
        }
        if (g.column().role() == ColumnRole.YEAR) {
            return g.grain() == Grain.DECADE ? "(" + c + " // 10) * 10" : g.grain() == Grain.CENTURY ? "(" + c + " // 100) * 100" : c;
        }
        return switch (g.grain()) {
            case CENTURY -> "(year(" + c + ") // 100) * 100";
            case DECADE -> "(year(" + c + ") // 10) * 10";
            case YEAR -> "year(" + c + ")";
            case QUARTER -> "strftime(" + c + ", '%Y') || '-Q' || quarter(" + c + ")";
            case MONTH -> "strftime(" + c + ", '%Y-%m')";
            case MONTH_OF_YEAR -> "month(" + c + ")";
            case WEEK -> "CAST(date_trunc('week', " + c + ") AS DATE)";
            case WEEKDAY -> "dayname(" + c + ")";
            case WEEKEND -> "(isodow(" + c + ") >= 6)";
            case DAY -> "CAST(" + c + " AS DATE)";
            case HOUR_OF_DAY -> "hour(" + c + ")";
            case HOUR -> "date_trunc('hour', " + c + ")";
        };
    }

    /** A second column that names the key in words (the month's name, the sex a code stands for), or null. */
    static String named(Group g) {
        if (g.grain() == Grain.MONTH_OF_YEAR && g.column().role() == ColumnRole.TIME) {
            return "monthname(min(" + g.column().sql() + "))";
        }
        if (g.grain() == Grain.WEEKEND) {
            return "CASE WHEN min(isodow(" + g.column().sql() + ")) >= 6 THEN 'weekend' ELSE 'weekday' END";
        }
        if (g.grain() == null && ValueAliases.codedSex(g.column())) {
            return "CASE min(" + g.column().sql() + ") WHEN 1 THEN 'male' WHEN 2 THEN 'female' END";
        }
        return null;
    }

    static String namedAlias(Group g) {
        return (g.grain() == null ? g.column().name() : g.grain().words.replace(' ', '_')) + "_name";
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
