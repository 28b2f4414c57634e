package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "approved only", "(successful vs failed only)", "successful sessions only": "only" closing a value the rows are kept
 * by, or the rows' noun after it, says what the filter already does. Not "only" before a value ("customers who only
 * bought online"), which may ask that every row of a thing has it.
 */
final class ValueOnly {

    private ValueOnly() {
    }

    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            Filter.Values before = d.valueAt.get(t.index() - 1);
            boolean closing = next == null || next.text().matches("\\p{Punct}+");
            // "successful sessions only": the rows' noun after the words of a condition, closed by "only"
            Token rows = r.at(t.index() - 1);
            boolean keptRows = rows != null && RowNoun.names(d.catalog, rows) && t.index() >= 2 && r.used(t.index() - 2)
                    && !d.filters.isEmpty();
            if (t.is("only") && r.free(t.index()) && closing && (before != null && !before.negated() || keptRows)) {
                r.use(t.index());
            }
        }
    }
}
