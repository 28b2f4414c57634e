package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * A question that asks what the record says of a yes/no ("marked as not paid", "flagged unpaid"): a row left blank
 * says nothing, so only a recorded no counts. Without such a word, "not paid" and "unpaid" count the blanks too:
 * nobody ticked them.
 */
final class MarkedAs {

    private static final Set<String> RECORD_WORDS = Set.of("marked", "flagged", "recorded", "logged", "ticked",
            "listed", "entered", "set");
    /** How far before the yes/no such a word is read: "marked as not paid". */
    private static final int REACH = 4;

    private MarkedAs() {
    }

    /**
     * "not marked as escaped", "never flagged as paid": the negation, the word of the record and "as" right before the
     * token at {@code at}, or none. What nobody marked so is not yes, blanks included.
     */
    static List<Integer> negatedBefore(Reading r, int at) {
        Token as = r.at(at - 1);
        Token record = r.at(at - 2);
        Token not = r.at(at - 3);
        boolean said = as != null && as.is("as") && record != null && record.isAny(RECORD_WORDS) && not != null
                && not.isAny(Set.of("not", "never")) && r.free(at - 1) && r.free(at - 2) && r.free(at - 3);
        return said ? List.of(at - 3, at - 2, at - 1) : List.of();
    }

    /** Whether a word of the record stands shortly before the token at {@code at}. */
    static boolean before(Reading r, int at) {
        for (int k = Math.max(0, at - REACH); k < at; k++) {
            if (RECORD_WORDS.contains(r.at(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
