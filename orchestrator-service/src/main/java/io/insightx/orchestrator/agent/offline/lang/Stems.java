package io.insightx.orchestrator.agent.offline.lang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The forms a word may have without a dictionary: plural and superlative endings stripped, adjectives of nouns
 * (rainy → rain, sunny → sun, noisy → noise). Used alongside WordNet, which does not relate "sunny" to "sun". A noun
 * that ends in y keeps only the roots it is made from: "delivery" is of "deliver", "county" is no "count"; a noun in
 * -est is no superlative ("interest" is no "inter").
 */
final class Stems {

    private Stems() {
    }

    static Set<String> of(String word, boolean noun, Predicate<String> rootOfNoun) {
        Set<String> forms = new LinkedHashSet<>();
        String w = word;
        if (w.endsWith("iest") && w.length() > 6) {
            w = w.substring(0, w.length() - 4) + "y";
            forms.add(w);
        } else if (w.endsWith("est") && w.length() > 5 && !noun) {
            w = undouble(w.substring(0, w.length() - 3));
            forms.add(w);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            forms.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.endsWith("es") && w.length() > 4 && w.matches(".*(ss|sh|ch|x|z)es")) {
            forms.add(w.substring(0, w.length() - 2));
        } else if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            forms.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("y") && w.length() > 3 && !w.endsWith("ly")) {
            String root = w.substring(0, w.length() - 1);
            for (String form : List.of(undouble(root), root + "e")) {
                if (!w.equals(word) || rootOfNoun.test(form)) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    private static String undouble(String root) {
        int n = root.length();
        return n > 2 && root.charAt(n - 1) == root.charAt(n - 2) && !root.endsWith("ll") && !root.endsWith("ss")
                ? root.substring(0, n - 1) : root;
    }
}
