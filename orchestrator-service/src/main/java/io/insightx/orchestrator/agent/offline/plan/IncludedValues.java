package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "all records incl waitlist", "across all zones including the yard": a value said to be included is kept with the
 * rest, never the only rows kept; the words that say so are read, and no filter is made of the value.
 */
final class IncludedValues {

    private static final Set<String> INCLUDING = Set.of("incl", "including", "inclusive", "includes", "include");
    /** Words between "including" and its value: "including the yard", "incl. all the waitlist". */
    private static final Set<String> LEADING = Set.of("the", "a", "an", "all", "any", ".", "of");

    private IncludedValues() {
    }

    /** The words before the value at {@code at} that say it is included ("incl", "including the"), or none. */
    static List<Integer> before(Reading r, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= 3 && r.at(k).isAny(LEADING)) {
            k--;
        }
        Token word = r.at(k);
        Token not = r.at(k - 1);
        if (word == null || !word.isAny(INCLUDING) || not != null && not.isAny(Set.of("not", "dont", "don't", "without"))) {
            return List.of();
        }
        List<Integer> said = new ArrayList<>();
        for (int i = k; i < at; i++) {
            said.add(i);
        }
        return said;
    }
}
