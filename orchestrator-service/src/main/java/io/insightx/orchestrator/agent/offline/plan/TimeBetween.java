package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "on avg how many days between deep field notes episodes", "avg time between orders per customer": the time from
 * each row to the one before it, in the order of the data's date, among the rows the question keeps (and within
 * each group it asks for). The data holds one date a row; the gap is a measure of each row but the first, computed
 * over its neighbours ({@link #WINDOW}: the SQL names the window, {@code SqlWriter} computes it before the figure).
 */
public final class TimeBetween {

    /** The DNA field of a measure computed over neighbouring rows: its SQL, with a {@code %s} for the partition. */
    public static final String WINDOW = "window";
    /** The DNA field of the key whose own rows are neighbours ("per donor": a donor's visits), besides the groups. */
    public static final String WITHIN = "within";

    private static final Map<String, Double> UNITS = Map.of("second", 1.0, "minute", 60.0, "hour", 3600.0,
            "day", 86400.0, "week", 604800.0);
    /** Words of a stretch of time asked without a unit: days, for dates. */
    private static final Set<String> SPANS = Set.of("time", "gap", "gaps", "interval", "intervals", "spacing");

    private TimeBetween() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d) {
        DataColumn date = d.catalog.time().filter(c -> c.role() == ColumnRole.TIME).orElse(null);
        if (date == null) {
            return Optional.empty();
        }
        for (int i = 1; i + 1 < r.tokens.size(); i++) {
            // a ranked gap ("the longest gap between orders") is a row of its own, not read here
            if (!r.at(i).is("between") || !r.free(i) || rangeAfter(r, i) || r.tokens.stream().anyMatch(Planner::superlative)) {
                continue;
            }
            Token span = r.at(i - 1);
            String unit = span.lower().replaceAll("s$", "");
            int rows = rowsAfter(r, d, i);
            if (!r.free(span.index()) || !UNITS.containsKey(unit) && !span.isAny(SPANS) || rows < 0) {
                continue;
            }
            if (r.free(rows)) {
                d.entity = d.entity == null ? r.at(rows).text() : d.entity;
                r.use(rows); // the rows whose gaps are measured
            }
            // "how many days between": the days of each gap, averaged, not a count of anything
            if (i >= 3 && r.at(i - 2).is("many") && r.at(i - 3).is("how")) {
                r.use(i - 2);
                r.use(i - 3);
                d.aggregate = d.aggregate == null ? Aggregate.AVG : d.aggregate;
            }
            String asked = UNITS.containsKey(unit) ? unit : "day";
            return Optional.of(new ColumnMention(gap(date, asked), List.of(span.index(), i), 2.0, true, List.of()));
        }
        return Optional.empty();
    }

    /** "between march and june", "between 2 and 5": a range, which the periods and comparisons read. */
    private static boolean rangeAfter(Reading r, int between) {
        return r.tokens.subList(between + 1, r.tokens.size()).stream().anyMatch(t -> t.is("and"));
    }

    /** The rows' noun a few words after "between" ("between deep field notes episodes", "between orders"), or -1. */
    private static int rowsAfter(Reading r, Draft d, int between) {
        for (int k = between + 1; k < Math.min(r.tokens.size(), between + 6); k++) {
            Token t = r.at(k);
            if (d.catalog.namesRows(t.lower()) || d.catalog.shortens(t.lower())
                    || d.catalog.rowKeyNoun().map(n -> t.lemmas().contains(n)).orElse(false)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "avg days between donations per donor": the time between the rows of each key, averaged over all of them, not a
     * figure for each key.
     */
    static DataColumn within(DataColumn gap, DataColumn key) {
        var dna = gap.dna().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) dna).put(WITHIN, key.sql());
        return new DataColumn(gap.name() + " of the same " + key.name(), gap.type(), gap.role(), gap.words(), gap.unit(),
                List.of(), Set.of(), dna, null, null);
    }

    /** Each row's time since the row before it, in the unit asked. */
    private static DataColumn gap(DataColumn date, String unit) {
        // the window is a format with a %s for its partition: a date read from text ("strptime(…, '%Y-%m-%d')")
        // keeps its own % signs
        String at = date.sql().replace("%", "%%");
        String before = "lag(" + at + ") OVER (%sORDER BY " + at + ")";
        String sql = "date".equals(date.type().toLowerCase(java.util.Locale.ROOT)) && unit.equals("day")
                ? "date_diff('day', " + before + ", " + at + ")"
                : "date_diff('second', " + before + ", " + at + ") / " + UNITS.get(unit);
        String name = unit + "s since the previous " + date.name();
        return new DataColumn(name, "DOUBLE", ColumnRole.LEVEL, List.of(unit + "s"), unit + "s", List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "numeric").put(WINDOW, sql), null, null);
    }
}
