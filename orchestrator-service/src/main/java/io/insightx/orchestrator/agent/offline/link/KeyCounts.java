package io.insightx.orchestrator.agent.offline.link;

import java.util.Optional;

/**
 * What the data says of a candidate key of two datasets a and b: the distinct values on each side, the most rows
 * one value has on each side, and how many of a's values b holds.
 */
record KeyCounts(long distinctA, long repeatA, long distinctB, long repeatB, long shared) {

    /** Values match when at least four in five of the smaller side's distinct values appear in the other. */
    static final double MATCHING = 0.8;

    /**
     * The many-to-one join the counts allow: the side where each value appears once is the lookup side (the smaller
     * one when both are unique); none when neither is unique (each match would multiply rows) or the values differ.
     */
    Optional<KeyJoin> join(Catalog a, DataColumn x, Catalog b, DataColumn y) {
        long smaller = Math.min(distinctA, distinctB);
        if (smaller == 0 || shared < MATCHING * smaller) {
            return Optional.empty();
        }
        boolean aUnique = repeatA == 1;
        boolean bUnique = repeatB == 1;
        if (bUnique && (!aUnique || distinctB <= distinctA)) {
            return Optional.of(new KeyJoin(a, x, b, y));
        }
        return aUnique ? Optional.of(new KeyJoin(b, y, a, x)) : Optional.empty();
    }
}
