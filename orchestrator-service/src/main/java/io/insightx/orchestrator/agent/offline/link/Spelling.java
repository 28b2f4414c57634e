package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.SpellingCandidates.Candidate;

/**
 * The spelling step, what a search box does: a question word that no step placed and that is no English word
 * ("electroncs", "tempreture") is read as the catalog word it is within a few edits of (Damerau-Levenshtein: a swap of
 * two letters is one edit). One edit is allowed in a word of 4 to 7 letters and two in a longer one; shorter words and
 * English words are never corrected ("mean" stays mean, never men). When several catalog words are as close, the step
 * does not choose: the question goes back to the user.
 */
public final class Spelling {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();
    private static final int SHORTEST = 4;
    private static final int LONG = 8;
    /** Shorter English words have too many neighbours one edit away to choose among. */
    private static final int ENGLISH_SHORTEST = 6;
    /** The English word (or none) each misspelled word was read as, for so many words at most. */
    private static final Map<String, Map<String, String>> ENGLISH = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int ENGLISH_CACHED = 4096;

    private final Tokenizer tokenizer;

    public Spelling(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The edits a word of this many letters may be away from what it means. */
    public static int allowedEdits(int letters) {
        return letters < SHORTEST ? 0 : letters < LONG ? 1 : 2;
    }

    /** The corrections and open questions for the {@code unplaced} tokens of a question over the catalog. */
    public Spellings read(List<Token> tokens, Set<Integer> unplaced, Catalog catalog) {
        Set<String> words = new LinkedHashSet<>();
        for (Token t : tokens) {
            String w = t.lower();
            if (unplaced.contains(t.index()) && !t.isNumber() && w.matches("\\p{L}+") && allowedEdits(w.length()) > 0
                    && tokenizer.notAWord(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return Spellings.none();
        }
        Map<String, Candidate> candidates = SpellingCandidates.of(catalog);
        List<Spellings.Correction> corrections = new ArrayList<>();
        List<Spellings.Ambiguity> ambiguities = new ArrayList<>();
        for (String w : words) {
            TreeMap<String, String> closest = closest(w, candidates, allowedEdits(w.length()));
            if (closest.isEmpty()) {
                closest = shortened(w, catalog);
            }
            if (closest.isEmpty()) {
                closest = new TreeMap<>(englishWords(w));
            }
            // "bookngs" of "booking" (Booking ID) and "bookings" (the data's name): one word, whichever form it is
            boolean oneWord = closest.size() > 1 && closest.values().stream().distinct().count() == 1;
            if (closest.size() == 1 || oneWord) {
                Candidate c = candidates.getOrDefault(closest.firstKey(), new Candidate(closest.firstKey(), closest.firstKey()));
                String form = closest.firstEntry().getValue();
                corrections.add(new Spellings.Correction(w, form, c.meant()));
            } else if (closest.size() > 1) {
                ambiguities.add(new Spellings.Ambiguity(w, closest.keySet().stream().map(k -> candidates.get(k).written())
                        .toList()));
            }
        }
        return new Spellings(corrections, ambiguities);
    }

    /**
     * "subcats" of subcategory, "qtys" of quantity: a word no dictionary holds that is, less its plural "s", the start
     * of one column word at least three letters longer, and of no other.
     */
    private static TreeMap<String, String> shortened(String w, Catalog catalog) {
        String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        TreeMap<String, String> found = new TreeMap<>();
        if (stem.length() < SHORTEST) {
            return found;
        }
        catalog.columns().forEach(c -> c.words().stream().filter(word -> word.startsWith(stem)
                && word.length() >= stem.length() + 3).forEach(word -> found.put(word, word)));
        return found;
    }

    /**
     * "lenght", "turnarond": a word of the language itself misspelled, no word of the data. The one English word
     * (as WordNet knows it) one edit away, or none when there are several ("lenght" is length, nothing else).
     */
    private Map<String, String> englishWords(String w) {
        // each question is planned more than once, and a misspelling comes back: the few hundred look-ups once per word
        Map<String, String> known = ENGLISH.get(w);
        if (known == null) {
            if (ENGLISH.size() >= ENGLISH_CACHED) {
                ENGLISH.clear();
            }
            known = english(w);
            ENGLISH.put(w, known);
        }
        return known;
    }

    /** Every string one edit from {@code w}, kept when WordNet knows it; the one found, or none. */
    private TreeMap<String, String> english(String w) {
        TreeMap<String, String> found = new TreeMap<>();
        if (w.length() < ENGLISH_SHORTEST) {
            return found;
        }
        Set<String> edits = new LinkedHashSet<>();
        for (int i = 0; i <= w.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                edits.add(w.substring(0, i) + c + w.substring(i)); // a letter left out
                if (i < w.length()) {
                    edits.add(w.substring(0, i) + c + w.substring(i + 1)); // a letter mistyped
                }
            }
            if (i < w.length()) {
                edits.add(w.substring(0, i) + w.substring(i + 1)); // a letter too many
            }
            if (i + 1 < w.length()) {
                edits.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2)); // two swapped
            }
        }
        edits.remove(w);
        edits.stream().filter(tokenizer::knownUncached).forEach(e -> found.put(e, e));
        return found.size() == 1 ? found : new TreeMap<>();
    }

    /** The catalog words nearest to {@code w} within {@code allowed} edits, each with the form that came nearest. */
    static TreeMap<String, String> closest(String w, Map<String, Candidate> candidates, int allowed) {
        TreeMap<String, String> best = new TreeMap<>();
        int least = allowed;
        for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
            for (String form : forms(c.getKey())) {
                if (Math.abs(form.length() - w.length()) > least) {
                    continue; // more letters apart than edits left: the distance cannot be small enough
                }
                int d = DISTANCE.apply(w, form);
                if (d == 0) {
                    return new TreeMap<>(); // written as the catalog has it: whatever left it out, it is no typo
                }
                if (d < least) {
                    best.clear();
                    least = d;
                }
                if (d == least) {
                    best.putIfAbsent(c.getKey(), form);
                }
            }
        }
        return best;
    }

    /** A word and its plurals: "teachrs" is one edit from teachers, the plural of the value Teacher. */
    private static List<String> forms(String word) {
        if (word.endsWith("s")) {
            return List.of(word);
        }
        return word.endsWith("y") ? List.of(word, word + "s", word.substring(0, word.length() - 1) + "ies")
                : List.of(word, word + "s", word + "es");
    }
}
