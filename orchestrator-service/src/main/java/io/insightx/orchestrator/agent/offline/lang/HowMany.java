package io.insightx.orchestrator.agent.offline.lang;

import java.util.List;
import java.util.Set;

/**
 * Whether a noun is the thing a question counts: "how many orders", "# orders", "number of orders", "count of
 * orders". Such a noun names the things, never a piece of a value ("BlueDoor Homes") or what they are counted for.
 */
public final class HowMany {

    private static final Set<String> HOW_MANY = Set.of("many", "#");
    private static final Set<String> NUMBER_OF = Set.of("number", "count", "#");
    private static final Set<String> COMPARED = Set.of("more", "fewer", "less");

    private HowMany() {
    }

    /** Whether the noun at {@code i} follows "how many", "#", "number of" or "count of". */
    public static boolean counts(List<Token> tokens, int i) {
        Token before = at(tokens, i - 1);
        Token twoBefore = at(tokens, i - 2);
        return before != null && (before.isAny(HOW_MANY)
                || before.is("of") && twoBefore != null && twoBefore.isAny(NUMBER_OF));
    }

    /**
     * Whether the noun at {@code i} is counted or kept by a count: also after a number or "more", "fewer"
     * ("customers with 8 or more tickets": tickets are what the customers are counted by).
     */
    public static boolean countsOrBounds(List<Token> tokens, int i) {
        Token before = at(tokens, i - 1);
        return counts(tokens, i) || before != null && (before.isNumber() || before.isAny(COMPARED));
    }

    private static Token at(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
