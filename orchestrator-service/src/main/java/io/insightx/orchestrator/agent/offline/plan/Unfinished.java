package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

/**
 * "orders that haven't shipped yet", "tickets not closed", "customers who never churned": a verb of a date column,
 * negated, keeps the rows that have no such date (yet). Read before values, so "closed" is the date, not a status.
 */
final class Unfinished {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "havent", "haven't", "hasnt", "hasn't",
            "hadnt", "hadn't", "didnt", "didn't", "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "werent",
            "weren't", "unshipped", "without");

    private Unfinished() {
    }

    static void read(Reading r, Draft d) {
        for (DateVerb verb : DateVerb.all(r, d.catalog)) {
            int at = verb.token();
            for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
                if (r.free(k) && r.at(k).isAny(NEGATIONS) && verb.column().dna().path("nullCount").asLong() > 0) {
                    d.filters.add(new Filter.Lacking(verb.column()));
                    for (int j = k; j <= at; j++) {
                        r.use(j); // "haven't been shipped": the words between say nothing more
                    }
                    return;
                }
            }
        }
    }
}
