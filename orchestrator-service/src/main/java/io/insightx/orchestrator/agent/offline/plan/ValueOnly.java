package io.insightx.orchestrator.agent.offline.plan;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "approved only", "(successful vs failed only)": "only" closing a value the rows are kept by says what the filter
 * already does. Not "only" before a value ("customers who only bought online"), which may ask that every row of a
 * thing has it.
 */
final class ValueOnly {

    private ValueOnly() {
    }

    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            Filter.Values before = d.valueAt.get(t.index() - 1);
            boolean closing = next == null || next.text().matches("\\p{Punct}+");
            if (t.is("only") && r.free(t.index()) && before != null && !before.negated() && closing) {
                r.use(t.index());
            }
        }
    }
}
