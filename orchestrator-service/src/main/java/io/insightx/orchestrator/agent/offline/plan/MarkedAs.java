package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

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
