package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "which single item", "what particular day", "which one store": a word after "which" that says one thing is asked
 * for, as "which" says already; the thing after it is what is asked.
 */
final class WhichOne {

    private static final Set<String> ASKING = Set.of("which", "what");
    private static final Set<String> ONE = Set.of("single", "particular", "specific", "individual", "one");

    private WhichOne() {
    }

    /** Whether the word is one of those that say one thing is asked for ("single" of "which single day"). */
    static boolean saysOne(Token t) {
        return t.isAny(ONE);
    }

    static void read(Reading r) {
        for (int i = 1; i + 1 < r.tokens.size(); i++) {
            Token next = r.at(i + 1);
            if (r.free(i) && r.at(i).isAny(ONE) && r.at(i - 1).isAny(ASKING) && next.lower().matches("\\p{L}{3,}")
                    && !next.isAny(Set.of("of", "is", "was", "has", "had"))) {
                r.use(i);
            }
        }
    }
}
