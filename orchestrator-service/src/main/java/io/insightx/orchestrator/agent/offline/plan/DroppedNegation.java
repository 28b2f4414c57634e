package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * A word that sets rows aside, left unread while the values it governs were read as a filter: "avg price, excluding the
 * free make up slots" filtered to the make-up slots. Reporting "excluding" as unused does not mend that: the figure is
 * of exactly the rows the question left out, so such a plan is not answered. A negation that only clarifies what is
 * counted ("how many orders (not line items)", "not counting tips" beside a total that has none) filters nothing and
 * stays a word reported.
 */
final class DroppedNegation {

    private static final Set<String> SETTING_ASIDE = Set.of("excluding", "exclude", "excl", "except", "without", "not",
            "non", "never", "besides", "omitting", "ignoring");
    /** How far after the negation a value it governs is looked for: "excluding the free make up slots". */
    private static final int REACH = 4;

    private DroppedNegation() {
    }

    /** The unread negation shortly before a value some step filtered on as it stands, or null. */
    static Token in(Reading r, Draft d) {
        for (Token t : r.tokens) {
            if (!r.free(t.index()) || !t.isAny(SETTING_ASIDE)) {
                continue;
            }
            for (int k = t.index() + 1; k <= t.index() + REACH && r.at(k) != null; k++) {
                if (d.valueAt.containsKey(k) && !d.valueAt.get(k).negated()) {
                    return t;
                }
            }
        }
        return null;
    }
}
