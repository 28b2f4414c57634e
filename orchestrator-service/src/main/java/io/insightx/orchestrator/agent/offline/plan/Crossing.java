package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The two-step "when did X first pass N" and "first year with an X above N": the rows past the threshold, then the
 * earliest (or, for "last", the latest) of them by the time column. Read when the question holds a threshold on a
 * measure, a first/last word not used by anything else, asks when or which, and groups nothing.
 */
final class Crossing {

    private static final Set<String> FIRST = Set.of("first", "earliest");
    private static final Set<String> LAST = Set.of("last", "latest");

    private Crossing() {
    }

    /** The time column's edge aggregate (MIN for "first", MAX for "last") when the question is a crossing, else null. */
    static Aggregate edge(Reading r, Draft d) {
        DataColumn time = d.catalog.time().orElse(null);
        boolean threshold = d.filters.stream().anyMatch(f -> f instanceof Filter.Compare && !f.column().role().time());
        boolean asks = d.timeEdge != null || r.tokens.stream().anyMatch(t -> t.isAny(Vocabulary.ASK_ENTITY));
        // "in which year did renewables first exceed 10000": the year asked for is the answer, not a grouping
        boolean onlyTime = d.groups.stream().allMatch(g -> g.column().equals(time));
        if (time == null || !threshold || !asks || !onlyTime || !d.change.isEmpty()) {
            return null;
        }
        Aggregate edge = d.timeEdge != null ? d.timeEdge : firstOrLast(r);
        if (edge != null) {
            d.groups.clear();
        }
        return edge;
    }

    private static Aggregate firstOrLast(Reading r) {
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.used(i) && r.at(i).isAny(FIRST)) {
                r.use(i);
                return Aggregate.MIN;
            }
            if (!r.used(i) && r.at(i).isAny(LAST)) {
                r.use(i);
                return Aggregate.MAX;
            }
        }
        return null;
    }
}
