package io.insightx.orchestrator.agent.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the offline analyst reads text: lower case, words split on anything not a letter or digit, light stemming. */
final class Words {

    private Words() {
    }

    static String normalize(String text) {
        String spaced = text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ").strip();
    }

    static List<String> split(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * The forms a word may take in a question: itself, singular, adjective roots (sunny → sun, rainy → rain) and
     * superlatives (windiest → windy → wind, noisiest → noise, longest → long).
     */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.endsWith("iest") && word.length() > 6) {
            String adjective = word.substring(0, word.length() - 4) + "y";
            forms.add(adjective);
            word = adjective;
        } else if (word.endsWith("est") && word.length() > 5) {
            String root = word.substring(0, word.length() - 3);
            forms.add(root);
            if (root.charAt(root.length() - 1) == root.charAt(root.length() - 2)) {
                forms.add(root.substring(0, root.length() - 1)); // hottest → hot
            }
        }
        if (word.endsWith("ies") && word.length() > 4) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es") && word.length() > 3) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && word.length() > 3 && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        if (word.endsWith("y") && word.length() > 3) {
            String root = word.substring(0, word.length() - 1);
            forms.add(root);
            forms.add(root + "e"); // noisy → noise
            if (root.length() > 2 && root.charAt(root.length() - 1) == root.charAt(root.length() - 2)) {
                forms.add(root.substring(0, root.length() - 1));
            }
        }
        return forms;
    }

    /** Whether the phrase's words appear, in order and next to each other, among the question's words. */
    static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < phrase.size() && all; j++) {
                all = forms(words.get(i + j)).contains(phrase.get(j)) || forms(phrase.get(j)).contains(words.get(i + j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The position of the phrase among the words, or -1. */
    static int indexOf(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (containsPhrase(words.subList(i, i + phrase.size()), phrase)) {
                return i;
            }
        }
        return -1;
    }
}
