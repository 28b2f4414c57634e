package io.insightx.orchestrator.agent.offline.link;

import java.util.Collection;
import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * Whether a question says a word of a column's name elsewhere than where it named the column: "which club gets the
 * most visits" says "visited" of visited_club (not home_club) through the root both share.
 */
public final class WordRoots {

    private WordRoots() {
    }

    /**
     * Whether a token outside {@code except} is another form of the word ("visits" of "visited", "orders" of
     * "ordered"). The word itself ("region" of site_region) names that column on its own, so it tells no tie apart.
     */
    public static boolean saidBesides(List<Token> tokens, Collection<Integer> except, String word) {
        return tokens.stream().filter(t -> !except.contains(t.index()) && t.lower().matches("\\p{L}{4,}")
                && !t.lower().equals(word)).anyMatch(t -> t.lemmas().stream().anyMatch(l -> l.length() >= 4
                        && !l.equals(word) && word.startsWith(l) && word.length() - l.length() <= 3));
    }

    /** The words of a column's name that tell it apart from a column it ties with ("visited" of visited_club). */
    public static List<String> ownWords(DataColumn c, DataColumn other) {
        return c.words().stream().filter(w -> !other.words().contains(w)).toList();
    }
}
