package io.insightx.orchestrator.agent.offline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.junit.jupiter.api.Test;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.link.SpellingCandidates.Candidate;

/**
 * The spelling step's thresholds, measured and printed: each word of the test catalogs misspelled by one and by two
 * edits (swaps of neighbours, deletions, doubled letters; never into an English word), read back with 1, 2 and 3
 * edits allowed. A reading is right (the word meant), a tie (asked back), wrong (another word of the catalog) or missed.
 */
class SpellingThresholdsTest {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();
    /** Two-edit misspellings kept per word: enough to measure, few enough to stay fast. */
    private static final int TWO_EDIT_SAMPLE = 12;

    /** The readings of one group of misspellings. */
    private static final class Tally {
        int right;
        int tie;
        int wrong;
        int missed;

        int total() {
            return right + tie + wrong + missed;
        }

        @Override
        public String toString() {
            return String.format("%6d %6d %6d %6d %6d", right, tie, wrong, missed, total());
        }

        /** For words meant as themselves: taken for a catalog word (wrong), asked back (tie), or left alone. */
        String strangers() {
            return String.format("%6d %6d %6d %6d", wrong, tie, missed, total());
        }
    }

    /** Edits allowed by a word's length: the chosen rule and its neighbours. */
    private static final Map<String, IntUnaryOperator> RULES = new LinkedHashMap<>();

    static {
        RULES.put("1 edit at any length", n -> n < 4 ? 0 : 1);
        RULES.put("chosen: 1 for 4-7, 2 for 8+", Spelling::allowedEdits);
        RULES.put("2 edits at any length", n -> n < 4 ? 0 : 2);
        RULES.put("2 for 4-7, 3 for 8+", n -> n < 4 ? 0 : n < 8 ? 2 : 3);
    }

    @Test
    void theChosenEditsReadMostTyposBackAndRarelyTakeAStrangeWordForACatalogWord() {
        List<Catalog> catalogs = List.of(TestCatalogs.penguins(), TestCatalogs.weather(), TestCatalogs.orders(),
                TestCatalogs.sales(), TestCatalogs.cars(), TestCatalogs.countries(), TestCatalogs.electricity(),
                TestCatalogs.airports(), TestCatalogs.movies(), TestCatalogs.disasters(), TestCatalogs.strikes());
        Map<String, Tally> own = new LinkedHashMap<>();
        Map<String, Tally> foreign = new LinkedHashMap<>();
        for (Catalog catalog : catalogs) {
            Map<String, Candidate> candidates = SpellingCandidates.of(catalog);
            Set<String> strangers = new LinkedHashSet<>();
            catalogs.stream().filter(c -> c != catalog).forEach(c -> SpellingCandidates.of(c).keySet().stream()
                    .filter(w -> w.length() >= 4 && !candidates.containsKey(w) && TestCatalogs.LEXICON.unknown(w))
                    .forEach(strangers::add));
            RULES.forEach((rule, allowed) -> {
                for (String word : candidates.keySet()) {
                    for (int edits = 1; edits <= 2 && word.length() >= 4; edits++) {
                        String kind = edits == 1 ? "1 edit" : word.length() < 8 ? "2 edits, 4-7 letters" : "2 edits, 8+ letters";
                        Tally typos = own.computeIfAbsent(rule + " | " + kind, k -> new Tally());
                        for (String typo : misspellings(word, edits)) {
                            read(typo, word, candidates, allowed.applyAsInt(typo.length()), typos);
                        }
                    }
                }
                // a word of another table is meant as itself: any correction of it is wrong
                Tally others = foreign.computeIfAbsent(rule, k -> new Tally());
                strangers.forEach(w -> read(w, null, candidates, allowed.applyAsInt(w.length()), others));
            });
        }
        System.out.println("edits allowed                | own words misspelled    right    tie  wrong missed  total");
        own.keySet().stream().sorted().forEach(k -> System.out.println(String.format("%-54s %s", k, own.get(k))));
        System.out.println("edits allowed                | other tables' words      wrong    tie   left  total");
        foreign.forEach((rule, t) -> System.out.println(String.format("%-54s %s", rule, t.strangers())));

        String chosen = "chosen: 1 for 4-7, 2 for 8+";
        Tally oneEdit = own.get(chosen + " | 1 edit");
        Tally longTwo = own.get(chosen + " | 2 edits, 8+ letters");
        assertThat(oneEdit.right).as("one-edit typos read back").isGreaterThan(oneEdit.total() * 9 / 10);
        assertThat(oneEdit.wrong).as("one-edit typos read as another word").isLessThanOrEqualTo(oneEdit.total() / 100);
        assertThat(longTwo.right).as("two-edit typos of long words read back").isGreaterThan(longTwo.total() * 3 / 4);
        assertThat(foreign.get(chosen).wrong).as("strange words taken for catalog words").isZero();
        // two edits in a short word read more typos back, but take words of other tables for this one's
        assertThat(foreign.get("2 edits at any length").wrong).isPositive();
    }

    private static void read(String typo, String meant, Map<String, Candidate> candidates, int allowed, Tally tally) {
        TreeMap<String, String> closest = allowed == 0 ? new TreeMap<>() : Spelling.closest(typo, candidates, allowed);
        if (closest.isEmpty()) {
            tally.missed++;
        } else if (closest.size() > 1) {
            tally.tie++;
        } else if (closest.firstKey().equals(meant)) {
            tally.right++;
        } else {
            tally.wrong++;
        }
    }

    /** Misspellings {@code edits} away from the word that are no English word. */
    private static List<String> misspellings(String word, int edits) {
        Set<String> found = new LinkedHashSet<>(oneEdit(word));
        if (edits == 2) {
            Set<String> two = new LinkedHashSet<>();
            for (String once : found) {
                oneEdit(once).stream().filter(t -> DISTANCE.apply(word, t) == 2).forEach(two::add);
            }
            List<String> all = new ArrayList<>(two);
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < TWO_EDIT_SAMPLE && !all.isEmpty(); i++) {
                sample.add(all.get(i * all.size() / TWO_EDIT_SAMPLE));
            }
            found = new LinkedHashSet<>(sample);
        }
        return found.stream().filter(t -> TestCatalogs.LEXICON.unknown(t)).toList();
    }

    /** Each swap of two neighbouring letters, each letter left out, each letter doubled. */
    private static Set<String> oneEdit(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            out.add(w.substring(0, i + 1) + w.charAt(i) + w.substring(i + 1));
            if (i + 1 < w.length() && w.charAt(i) != w.charAt(i + 1)) {
                out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
        }
        out.remove(w);
        return out;
    }
}
