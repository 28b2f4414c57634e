package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Whether a step someone signs off has been taken, told by whether its "who" is there: over {@code approved_by},
 * "entries still pending approval", "unapproved entries" and "not yet approved" keep the rows with no approver, and
 * "approved entries" those with one. Only a column named "<participle> by" (or "to") that some rows lack is read so.
 */
final class Pending {

    private static final Set<String> WAITING = Set.of("pending", "awaiting", "waiting", "outstanding", "not", "yet", "without");

    private Pending() {
    }

    static void read(Reading r, Draft d) {
        for (DataColumn c : d.catalog.columns()) {
            List<String> w = c.words();
            if (c.role().time() || w.size() != 2 || !w.get(1).matches("by|to") || !w.get(0).matches("[a-z]{4,}ed")
                    || !c.hasBlanks()) {
                continue;
            }
            String participle = w.get(0);
            List<String> verbs = List.of(participle.substring(0, participle.length() - 1),
                    participle.substring(0, participle.length() - 2));
            for (Token t : r.tokens) {
                int at = t.index();
                if (!r.free(at)) {
                    continue;
                }
                if (DateVerb.undone(t, participle)) {
                    d.filters.add(new Filter.Lacking(c)); // "unapproved entries"
                    r.use(at);
                    return;
                }
                boolean names = t.is(participle) || verbs.stream().anyMatch(v -> t.is(v) || DateVerb.nominal(v, t.lower()));
                if (!names) {
                    continue;
                }
                List<Integer> waiting = java.util.stream.IntStream.rangeClosed(Math.max(0, at - 3), at - 1)
                        .filter(k -> r.free(k) && r.at(k).isAny(WAITING)).boxed().toList();
                if (!waiting.isEmpty()) {
                    d.filters.add(new Filter.Lacking(c)); // "still pending approval", "not yet approved"
                    waiting.forEach(r::use);
                    r.use(at);
                    return;
                }
                // "who approved the most entries" asks for the approver, left to the column
                boolean asksWho = at > 0 && r.at(at - 1).isAny(Set.of("who", "whom", "which"));
                if (t.is(participle) && !asksWho && c.values().stream().noneMatch(v -> v.equalsIgnoreCase(participle))) {
                    d.filters.add(new Filter.Recorded(c)); // "approved entries": those someone approved
                    r.use(at);
                    return;
                }
            }
        }
    }
}
