package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "broken down by species", "split out by branch", "segmented by plan": the verb of a grouping, read with the "by"
 * after it before any value is looked for, so that "down" is never the value "Down Town".
 */
final class SplitBy {

    /** The verbs as written, never by their lemmas: "age groups by population" groups by no verb. */
    private static final Set<String> VERBS = Set.of("broken", "breaking", "split", "splitting", "sliced", "segmented",
            "grouped", "bucketed");
    /** Verbs that are nouns too ("a break", "a cut"): a grouping only with their particle ("break down by"). */
    private static final Set<String> WITH_PARTICLE = Set.of("break", "cut", "broke");
    private static final Set<String> PARTICLES = Set.of("down", "out", "up");
    private static final Set<String> MARKERS = Set.of("by", "per");

    private SplitBy() {
    }

    static void read(Reading r) {
        for (Token t : r.tokens) {
            int i = t.index();
            Token next = r.at(i + 1);
            boolean particle = next != null && next.isAny(PARTICLES);
            Token marker = r.at(i + (particle ? 2 : 1));
            boolean verb = VERBS.contains(t.lower()) || particle && WITH_PARTICLE.contains(t.lower());
            if (verb && r.free(i) && marker != null && marker.isAny(MARKERS)) {
                r.use(i);
                if (particle) {
                    r.use(i + 1);
                }
            }
        }
    }
}
