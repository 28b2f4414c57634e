package io.insightx.orchestrator.agent.offline.link;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of one catalog that a question may misspell: the words of its column names, of its label columns' values
 * and of those values' other names ("California" for CA), and its noun for a row. Each is kept lower-cased, with how
 * the data writes it and what the answer says was meant: the whole value when the word is in one value only
 * ("Office" means “Office Supplies”), else the word itself.
 */
final class SpellingCandidates {

    /** A catalog word as the data writes it, and what a question that misspells it is taken to mean. */
    record Candidate(String written, String meant) {
    }

    /** Shorter words are codes and function words ("us", "or"): one edit from too much of the language. */
    private static final int SHORTEST = 3;
    private static final int CODE = 3;

    private SpellingCandidates() {
    }

    static Map<String, Candidate> of(Catalog catalog) {
        Map<String, Candidate> words = new LinkedHashMap<>();
        Map<String, String> values = new HashMap<>();
        for (DataColumn c : catalog.columns()) {
            if (c.role().labels()) {
                Function<String, List<String>> aliases = ValueAliases.of(c);
                for (String value : c.values()) {
                    addValue(words, values, value);
                    aliases.apply(value).forEach(alias -> addValue(words, values, alias));
                }
            }
            c.words().forEach(w -> add(words, w, w));
        }
        catalog.entityWords().forEach(w -> add(words, w, w));
        // a word of several values names none of them: the answer says the word
        values.forEach((word, value) -> words.computeIfPresent(word,
                (w, c) -> value.isEmpty() ? new Candidate(c.written(), c.written()) : c));
        return words;
    }

    /** Each word of a value: a value of several words is matched word by word, the linkers then join them again. */
    private static void addValue(Map<String, Candidate> words, Map<String, String> values, String value) {
        for (String word : split(value)) {
            add(words, word, value);
            values.merge(word.toLowerCase(Locale.ROOT), value, (a, b) -> a.equals(b) ? a : "");
        }
    }

    private static void add(Map<String, Candidate> words, String word, String meant) {
        for (String w : split(word)) {
            words.putIfAbsent(w.toLowerCase(Locale.ROOT), new Candidate(w, meant));
        }
    }

    /** The words of a text, without codes ("JPN", "TX"): a code is named as written, a misspelled one names nothing. */
    private static List<String> split(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= SHORTEST && !(w.length() <= CODE && w.equals(w.toUpperCase(Locale.ROOT))))
                .toList();
    }
}
