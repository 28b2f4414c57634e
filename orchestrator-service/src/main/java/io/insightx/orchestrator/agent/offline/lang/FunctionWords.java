package io.insightx.orchestrator.agent.offline.lang;

import java.util.Set;

/**
 * Words that carry no content an answer must account for: articles, pronouns, auxiliaries, question words,
 * polite and generic request verbs ("show me", "can you tell"), and nouns that stand for the data itself.
 */
public final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "they", "them", "their",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "his", "her",
            "is", "are", "was", "were", "be", "been", "being", "am", "many", "much", "do", "does", "did", "done", "have", "has", "had",
            "can", "could", "would", "will", "should", "shall", "may", "might", "must", "let", "lets",
            "what", "which", "who", "whom", "whose", "when", "where", "how", "why", "whats",
            "of", "in", "on", "at", "to", "for", "with", "from", "into", "onto", "as", "about", "within", "across",
            "through", "thru", "via",
            "and", "or", "also", "then", "than", "so", "just", "please", "pls", "plz", "thanks", "thx", "ok", "overall", "all",
            "any", "some", "ever", "exactly", "roughly", "approximately", "around", "really", "actually",
            "everyone", "everybody", "anyone", "anybody", "show", "give", "list", "tell", "find", "get", "got", "gets", "getting", "gotten", "see", "compute", "calculate", "display", "know", "want",
            "need", "like", "return", "report", "look", "determine", "identify", "provide", "print", "say",
            "data", "dataset", "table", "file", "record", "row", "entry", "value", "values", "ones",
            "recorded", "showed", "shows", "shown", "saw", "observed", "measured", "listed", "seen", "reported", "registered", "happen", "happens", "happened", "occur", "occurs",
            "occurred", "appear", "appears", "flagged", "marked", "still", "yet", "already", "currently", "there's", "it's", "s", "time", "times", "amount", "level", "figure",
            "whole", "entire", "altogether", "respectively", "each", "every", "per", "by", "between", "vs", "versus",
            "versu", "compared", "compare", "comparison", "against");

    /** Words that open what is said of a thing just named: "the first year with …", "the day when …". */
    public static final Set<String> DESCRIBING = Set.of("with", "when", "where", "that", "whose");

    private FunctionWords() {
    }

    public static boolean is(Token t) {
        return WORDS.contains(t.lower()) || t.lower().length() == 1 && !t.isNumber() && !"%".equals(t.lower());
    }
}
