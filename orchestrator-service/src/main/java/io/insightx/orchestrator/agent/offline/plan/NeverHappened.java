package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ValueLinker;

/**
 * "how many students never had an unexcused absence" over daily rows: "never" is said of each student, so what it
 * negates is asked of all of a student's rows ({@link Filter.Never}), not of each row on its own.
 */
final class NeverHappened {

    /** Words between "never" and what never happened: "never had an", "were never". */
    private static final Set<String> LEADING = Set.of("had", "have", "has", "been", "was", "were", "got", "a", "an", "the",
            "any");

    private NeverHappened() {
    }

    /**
     * Turns the values said right after "never" into one condition on the counted key, where the key repeats over the
     * rows. Each value keeps its own sense: "never an unexcused absence" is never absent-and-not-excused.
     */
    static void apply(Reading r, Draft d, DataColumn key) {
        if (key == null || key.distinct() <= 0 || key.distinct() >= d.catalog.rows()) {
            return;
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.at(i).is("never")) {
                continue;
            }
            int k = i + 1;
            while (r.at(k) != null && r.at(k).isAny(LEADING)) {
                k++;
            }
            List<Filter.Values> said = new ArrayList<>();
            while (d.valueAt.containsKey(k)) {
                Filter.Values v = d.valueAt.get(k++);
                if (!said.contains(v)) {
                    said.add(v);
                }
            }
            if (said.isEmpty() || !d.filters.containsAll(said)) {
                continue;
            }
            // the value "never" itself negated is what happened; a value negated by its own prefix stays negated
            List<Filter> happened = said.stream().map(v -> (Filter) (negatedByNever(r, d, v)
                    ? new Filter.Values(v.column(), v.values(), false) : v)).toList();
            int at = d.filters.indexOf(said.get(0));
            d.filters.removeAll(said);
            d.filters.add(Math.min(at, d.filters.size()), new Filter.Never(key, d.catalog.sqlTable(), happened));
        }
    }

    /** Whether the filter was negated by the "never" before it, not by a prefix of its own ("unexcused"). */
    private static boolean negatedByNever(Reading r, Draft d, Filter.Values v) {
        return v.negated() && d.valueAt.entrySet().stream().filter(e -> e.getValue() == v)
                .noneMatch(e -> v.values().stream().anyMatch(value -> ValueLinker.prefixed(r.at(e.getKey()), value)));
    }
}
