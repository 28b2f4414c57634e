package io.insightx.orchestrator.agent.offline.lang;

import java.util.Set;

/**
 * One word, number or symbol of a question: its position, its text as written, lower-cased, its base forms (the
 * lemmas: "islands" → island, "tallest" → tall), for a number its value, and whether a comma, colon or semicolon
 * comes before it (a pause no name runs across: "per beach: patrol length km").
 */
public record Token(int index, String text, String lower, Set<String> lemmas, Double number, boolean afterPause) {

    public Token(int index, String text, String lower, Set<String> lemmas, Double number) {
        this(index, text, lower, lemmas, number, false);
    }

    /** The same word with other lemmas. */
    public Token withLemmas(Set<String> others) {
        return new Token(index, text, lower, others, number, afterPause);
    }

    /** The same word after a pause. */
    public Token paused() {
        return new Token(index, text, lower, lemmas, number, true);
    }

    /** The same word read as a number. */
    public Token withNumber(Double value) {
        return new Token(index, text, lower, lemmas, value, afterPause);
    }

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
