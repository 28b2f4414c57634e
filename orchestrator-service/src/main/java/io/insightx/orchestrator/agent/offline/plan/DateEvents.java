package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

/**
 * Whether a row's event happened, told by whether its date is there: "orders that haven't shipped yet", "tickets not
 * closed", "customers who never churned" keep the rows with no such date; "how many customers churned" counts
 * those that have one, and "churn rate by plan" and "what % of customers churned" are their share. Read before values, so "closed" is the date, not a status.
 */
final class DateEvents {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "havent", "haven't", "hasnt", "hasn't",
            "hadnt", "hadn't", "didnt", "didn't", "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "werent",
            "weren't", "without");
    private static final Set<String> RATES = Set.of("rate", "rates", "ratio");
    private static final Set<String> SHARES = Set.of("share", "percent", "percentage", "%", "proportion", "fraction", "pct");

    private DateEvents() {
    }

    static void read(Reading r, Draft d) {
        for (DateVerb verb : DateVerb.all(r, d.catalog)) {
            int at = verb.token();
            boolean missing = verb.column().dna().path("nullCount").asLong() > 0;
            if (!missing || !r.free(at)) {
                continue;
            }
            for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
                if (r.free(k) && r.at(k).isAny(NEGATIONS)) {
                    d.filters.add(new Filter.Lacking(verb.column()));
                    for (int j = k; j <= at; j++) {
                        r.use(j); // "haven't been shipped": the words between say nothing more
                    }
                    return;
                }
            }
            if (r.free(at + 1) && r.at(at + 1).isAny(RATES)) {
                d.filters.add(new Filter.Recorded(verb.column()));
                d.aggregate = Aggregate.SHARE;
                r.use(at);
                r.use(at + 1);
                return;
            }
            boolean shareAsked = r.tokens.stream().anyMatch(t -> t.index() < at && t.isAny(SHARES));
            if (shareAsked || r.at(at).lower().endsWith("ed")) {
                // "what % of customers churned", "how many customers churned": those that have the date
                d.filters.add(new Filter.Recorded(verb.column()));
                r.use(at);
                return;
            }
        }
    }
}
