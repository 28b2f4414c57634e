package io.insightx.orchestrator.agent.offline.lang;

import java.util.Set;

/**
 * One word, number or symbol of a question: its position, its text as written, lower-cased, its base forms (the
 * lemmas: "islands" → island, "tallest" → tall) and, for a number, its value.
 */
public record Token(int index, String text, String lower, Set<String> lemmas, Double number) {

    public boolean isNumber() {
        return number != null;
    }

    /** Whether the token is this word, in any of its forms. */
    public boolean is(String word) {
        return lower.equals(word) || lemmas.contains(word);
    }

    public boolean isAny(Set<String> words) {
        if (words.contains(lower)) {
            return true;
        }
        for (String l : lemmas) {
            if (words.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** A whole number between 1000 and 2999 written without separators: most likely a year. */
    public boolean looksLikeYear() {
        return number != null && text.matches("[12]\\d{3}");
    }
}
