package io.insightx.orchestrator.agent.offline.lang;

import java.util.Set;

/** Nouns that mean "a row" in any dataset ("items", "records", "entries"): what is counted, never a column's name. */
public final class RowWords {

    private static final Set<String> NOUNS = Set.of("row", "record", "entry", "observation", "item", "line",
            "reading", "measurement", "case", "sample", "instance");

    private RowWords() {
    }

    public static boolean is(Token t) {
        return t.isAny(NOUNS);
    }
}
