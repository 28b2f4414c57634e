package io.insightx.orchestrator.agent.offline.link;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * Which of two columns holding the same places a value names, by the preposition before it: "flights from SFO" is
 * the origin, "to LAX" the destination, and "SFO to LAX" reads its first place as where things start.
 */
final class Direction {

    /** Words of column names for where a thing starts, and for where it ends. */
    private static final Set<String> START = Set.of("origin", "orig", "from", "source", "src", "start", "starting",
            "departure", "depart", "departing", "pickup", "sender", "begin");
    private static final Set<String> END = Set.of("destination", "dest", "to", "target", "end", "ending", "arrival",
            "arrive", "arriving", "dropoff", "recipient", "receiver", "finish");

    /** Prepositions of where a thing starts, and of where it goes. */
    private static final Set<String> FROM = Set.of("from", "leaving");
    private static final Set<String> TOWARD = Set.of("to", "into", "towards", "toward");

    private Direction() {
    }

    /** Whether the column's name disagrees with the direction the words around the value give it. */
    static boolean against(List<Token> tokens, ValueMention m) {
        Boolean starts = starts(tokens, m.tokens().get(0), m.tokens().get(m.tokens().size() - 1));
        if (starts == null) {
            return false;
        }
        List<String> words = m.column().words();
        boolean start = words.stream().anyMatch(START::contains);
        boolean end = words.stream().anyMatch(END::contains);
        return starts ? end && !start : start && !end;
    }

    /** True where the value is a start ("from X", "X to …"), false where it is an end ("to X"), null when unsaid. */
    private static Boolean starts(List<Token> tokens, int first, int last) {
        Token before = first > 0 ? tokens.get(first - 1) : null;
        if (before != null && before.isAny(FROM)) {
            return true;
        }
        if (before != null && before.isAny(TOWARD)) {
            return false;
        }
        Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        return after != null && after.isAny(TOWARD) ? Boolean.TRUE : null;
    }
}
