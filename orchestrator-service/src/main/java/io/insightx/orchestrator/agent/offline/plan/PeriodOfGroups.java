package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "bookings per arrival month in 2024": a period no word ties to a date of its own is of the date the question's
 * months (or weeks, or years) are of, not of the dataset's first date. "per arrival month, booked in 2024" keeps its
 * period on the booking date, which "booked" names.
 */
final class PeriodOfGroups {

    private PeriodOfGroups() {
    }

    static void apply(Reading r, Draft d) {
        List<DataColumn> grained = d.groups.stream().filter(g -> g.grain() != null && g.column().role() == ColumnRole.TIME)
                .map(Group::column).distinct().toList();
        if (grained.size() != 1) {
            return;
        }
        DataColumn date = grained.get(0);
        d.filters.replaceAll(f -> f instanceof Filter.During p && !p.column().equals(date)
                && p.column().role() == ColumnRole.TIME && !named(r, d, p.column()) ? new Filter.During(date, p.period()) : f);
    }

    /** Whether a word of the question, other than the rows' own noun ("bookings"), names the date ("booked"). */
    private static boolean named(Reading r, Draft d, DataColumn date) {
        for (Token t : r.tokens) {
            if (RowNoun.names(d.catalog, t)) {
                continue;
            }
            for (String w : date.words()) {
                // "booked" of booking_date: the same verb, by its base form
                if (w.length() >= 4 && (t.lower().equals(w) || t.lemmas().stream().anyMatch(l -> l.length() >= 4
                        && (l.equals(w) || w.startsWith(l))))) {
                    return true;
                }
            }
        }
        return false;
    }
}
