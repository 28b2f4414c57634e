package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a column that already writes its values several ways ({@link CaseVariants}, {@link ValueForms}) which are
 * probably one value more, each a rarer spelling of a more common one ({@link #shortOf}): "Tom" of "Tom Harker", "Gas"
 * of "Gas fire", "Tod" of "Todmorden", "multifuel" of "Multi-fuel stove", "Rhys L" of "Rhys Llewellyn". Nothing in
 * the data proves it, so an answer counts them as one and says it is a reading it took: counted apart, the groups of
 * such a column are as surely wrong the other way. A value that may be either of two ("Rhys" beside "Rhys Llewellyn"
 * and "Rhys Jones") is merged with neither, and a column that writes each value one way is left as it is ("Comedy"
 * and "Romantic Comedy" are two genres).
 */
public final class LikelyForms {

    private static final int SHORTEST = 3;

    private LikelyForms() {
    }

    /**
     * Each spelling of {@code known} (most common first) that is probably another value's, with the spelling it is
     * counted as; {@code confident} holds the forms {@link ValueForms} reads for sure, whose values are compared here.
     */
    static Map<String, String> of(List<String> known, Map<String, String> confident) {
        // one group per value as the confident forms leave it, its spellings in the column's order
        Map<String, List<String>> groups = new LinkedHashMap<>();
        known.forEach(v -> groups.computeIfAbsent(CaseVariants.normal(confident.getOrDefault(v, v)),
                k -> new ArrayList<>()).add(v));
        List<String> names = new ArrayList<>(groups.keySet());
        Map<String, List<String>> longer = new HashMap<>();
        for (String a : names) {
            for (String b : names) {
                // a value written short is the rarer spelling: "Gold" beside a rarer "Gold Plus" is a tier of its own
                boolean rarer = names.indexOf(a) > names.indexOf(b);
                if (rarer && !a.isEmpty() && !b.isEmpty() && groups.get(a).stream()
                        .anyMatch(s -> groups.get(b).stream().anyMatch(l -> shortOf(s, l)))) {
                    longer.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                }
            }
        }
        Map<String, String> root = new HashMap<>();
        names.forEach(n -> root.put(n, n));
        longer.forEach((s, ls) -> {
            if (ls.stream().allMatch(x -> ls.stream().allMatch(y -> x.equals(y) || linked(longer, x, y)))) {
                ls.forEach(l -> union(root, names, s, l));
            }
        });
        Map<String, String> likely = new LinkedHashMap<>();
        for (String n : names) {
            String r = find(root, n);
            if (!r.equals(n)) {
                String name = groups.get(r).get(0);
                groups.get(n).forEach(v -> likely.put(v, confident.getOrDefault(name, name)));
            }
        }
        return likely;
    }

    /**
     * Whether value {@code s} may be {@code l} written short: its first words ("Tom" of "Tom Harker", "Gas" of "Gas
     * fire"), three letters that start the other's one word ("Edu" of "Education"), one word that grows the other's
     * first ("multifuel" of "Multi-fuel stove"), or the same words but the last, cut to its first letter. Its last
     * words alone are a kind of it, not it written short ("Baby grand" is no "Grand", "Dinner plate" may be no "Plate").
     */
    public static boolean shortOf(String s, String l) {
        List<String> x = ShortForms.words(s);
        List<String> y = ShortForms.words(l);
        if (x.isEmpty() || y.isEmpty() || (s + l).matches(".*\\p{N}.*")) {
            return false;
        }
        boolean first = x.size() < y.size() && y.subList(0, x.size()).equals(x)
                && x.stream().allMatch(w -> w.length() >= SHORTEST);
        boolean start = x.size() == 1 && y.size() == 1 && x.get(0).length() == SHORTEST
                && y.get(0).startsWith(x.get(0));
        boolean grown = x.size() == 1 && y.size() >= 2 && y.get(0).length() >= SHORTEST
                && x.get(0).startsWith(y.get(0)) && !x.get(0).equals(y.get(0));
        return first || start || grown || lastInitial(x, y);
    }

    /** "Rhys L" of "Rhys Llewellyn": the same words, the last cut to its first letter. */
    private static boolean lastInitial(List<String> x, List<String> y) {
        int last = x.size() - 1;
        return x.size() == y.size() && x.size() >= 2 && x.subList(0, last).equals(y.subList(0, last))
                && x.get(last).length() == 1 && y.get(last).length() >= SHORTEST && y.get(last).startsWith(x.get(last));
    }

    /** What an answer built on the column says, a reading it took: "“Tom” of sweep counted as “Tom Harker”, …". */
    public static String note(DataColumn column, Map<String, String> forms) {
        List<String> pairs = forms.entrySet().stream().limit(6)
                .map(e -> "“" + e.getKey().strip() + "” as “" + e.getValue().strip() + "”").toList();
        return "Values of " + column.name() + " that look like others written short or long are counted as them: "
                + String.join(", ", pairs) + (forms.size() > pairs.size() ? ", …" : "")
                + "; nothing in the data says they are one, so ask by the value if they are not.";
    }


    private static boolean linked(Map<String, List<String>> longer, String a, String b) {
        return longer.getOrDefault(a, List.of()).contains(b) || longer.getOrDefault(b, List.of()).contains(a);
    }

    /** Joins the two values' sets under the one the column writes more often (the one it holds first). */
    private static void union(Map<String, String> root, List<String> names, String a, String b) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) {
            boolean aFirst = names.indexOf(ra) < names.indexOf(rb);
            root.put(aFirst ? rb : ra, aFirst ? ra : rb);
        }
    }

    private static String find(Map<String, String> root, String n) {
        String r = n;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }
}
