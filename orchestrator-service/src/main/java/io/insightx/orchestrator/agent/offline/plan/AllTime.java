package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "(all years)", "over all time", "across all dates": every period the data holds, which is what a question without
 * a period reads already; the words are used, no period is set.
 */
final class AllTime {

    private static final Set<String> SPANS = Set.of("years", "time", "dates", "months", "seasons", "periods", "days");

    private AllTime() {
    }

    static void read(Reading r) {
        for (Token t : r.tokens) {
            Token next = r.at(t.index() + 1);
            if (t.is("all") && next != null && next.isAny(SPANS) && r.free(next.index())) {
                r.use(t.index());
                r.use(next.index());
            }
        }
    }
}
