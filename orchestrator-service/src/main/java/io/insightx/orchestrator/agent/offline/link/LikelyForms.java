package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Values of a column that already writes its values several ways ({@link CaseVariants}, {@link ValueForms}) which are
 * probably one value more, each a rarer spelling of a more common one ({@link #shortOf}): "Tom" of "Tom Harker", "Gas"
 * of "Gas fire", "Tod" of "Todmorden", "multifuel" of "Multi-fuel stove", "Rhys L" of "Rhys Llewellyn", "Bernie Quinn"
 * and "B. Quinn" of "Bernadette Quinn"; or a word of the same meaning ({@link SameMeanings}: "Infant" of "Baby").
 * Nothing in the data proves it, so an answer counts them as one and says it is a reading it took: counted apart, the
 * groups of such a column are as surely wrong the other way. A value that may be either of two ("Rhys" beside "Rhys
 * Llewellyn" and "Rhys Jones") is merged with neither, and a column that writes each value one way is left as it is
 * ("Comedy" and "Romantic Comedy" are two genres).
 */
public final class LikelyForms {

    private static final int SHORTEST = 3;
    /** A closing aside in brackets: "(FR)" of "ORCHARD (FR)". */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private LikelyForms() {
    }

    /**
     * Each spelling of {@code known} (most common first; {@code counts} the rows of those the profile counted) that is
     * probably another value's, with the spelling it is counted as; {@code confident} holds the forms {@link
     * ValueForms} reads for sure, whose values are compared here, and {@code sameMeaning} tells two spellings of one
     * meaning ({@link SameMeanings}: "Infant" of "Baby").
     */
    static Map<String, String> of(List<String> known, Map<String, Long> counts, Map<String, String> confident,
            java.util.function.BiPredicate<String, String> sameMeaning) {
        // one group per value as the confident forms leave it, its spellings in the column's order
        Map<String, List<String>> groups = new LinkedHashMap<>();
        known.forEach(v -> groups.computeIfAbsent(CaseVariants.normal(confident.getOrDefault(v, v)),
                k -> new ArrayList<>()).add(v));
        // a value written short is the rarer by its most common spelling ("Gold" beside a rarer "Gold Plus" is a tier
        // of its own); of one meaning, the rarer and the name by all spellings counted: "cat", "Cat", "CAT" outnumber
        // "Feline", which is written one way and more often than any one of them
        List<String> spelled = new ArrayList<>(groups.keySet());
        List<String> names = new ArrayList<>(spelled);
        names.sort(java.util.Comparator.comparingLong((String n) -> groups.get(n).stream()
                .mapToLong(v -> counts.getOrDefault(v, 0L)).sum()).reversed());
        Map<String, List<String>> longer = new HashMap<>();
        Set<String> kinds = kinds(known);
        // each group's words, of its most common spelling (the names above are read without spaces), split once
        Map<String, List<String>> split = new HashMap<>();
        names.forEach(n -> split.put(n, ShortForms.words(groups.get(n).get(0))));
        Set<String> added = addedWords(names, split);
        for (String a : names) {
            for (String b : names) {
                boolean rarer = spelled.indexOf(a) > spelled.indexOf(b);
                boolean fewer = names.indexOf(a) > names.indexOf(b);
                boolean more = fewer && (added(split.get(a), split.get(b), added)
                        || reordered(split.get(a), split.get(b)));
                if (!a.isEmpty() && !b.isEmpty() && (more || groups.get(a).stream().anyMatch(s -> groups.get(b)
                        .stream().anyMatch(l -> rarer && (shortOf(s, l) || nickname(s, l, kinds))
                                || fewer && sameMeaning.test(s, l))))) {
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
     * first ("multifuel" of "Multi-fuel stove"), or the same words but the last, cut to its first letter or contracted
     * ("Stn" of "Station"). Its last
     * words alone are a kind of it, not it written short ("Baby grand" is no "Grand", "Dinner plate" may be no "Plate").
     * An aside in brackets after a value says more of it: "ORCHARD (FR)" is "Orchard Shed", "Game (trout)" is "Game".
     * A code is the code with words after it: "s40" of "s40 personal data" ({@link NumberedForms}).
     */
    public static boolean shortOf(String s, String l) {
        if (NumberedForms.shortOf(s, l)) {
            return true; // "s40" of "s40 personal data"
        }
        String bare = ASIDE.matcher(s).replaceFirst("");
        List<String> x = ShortForms.words(bare);
        List<String> y = ShortForms.words(l);
        if (x.isEmpty() || y.isEmpty() || (bare + l).matches(".*\\p{N}.*")) {
            return false;
        }
        if (bare.length() < s.length() && x.equals(y)) {
            return true;
        }
        boolean first = x.size() < y.size() && y.subList(0, x.size()).equals(x)
                && x.stream().allMatch(w -> w.length() >= SHORTEST);
        boolean start = x.size() == 1 && y.size() == 1 && x.get(0).length() == SHORTEST
                && y.get(0).startsWith(x.get(0));
        boolean grown = x.size() == 1 && y.size() >= 2 && y.get(0).length() >= SHORTEST
                && x.get(0).startsWith(y.get(0)) && !x.get(0).equals(y.get(0));
        return first || start || grown || lastInitial(x, y) || lastContracted(x, y);
    }

    /** "Waikaia Stn" of "Waikaia Station", "Harbour Rd" of "Harbour Road": the same words, the last contracted. */
    private static boolean lastContracted(List<String> x, List<String> y) {
        int last = x.size() - 1;
        return x.size() == y.size() && x.size() >= 2 && x.subList(0, last).equals(y.subList(0, last))
                && x.get(last).length() >= 2 && ColumnLinker.contraction(x.get(last), y.get(last));
    }

    /**
     * "Bernie Quinn", "B. Quinn", "Tommy H" of "Bernadette Quinn", "Tom Harker": a person's name whose first word is
     * the other's initial or starts as it does (three letters at least), the other words the same or their initials.
     * A last word the column ends values of other first letters with is a kind, not a surname ("North Depot", "South
     * Depot"): "Northgate Depot" is no "North Depot" written long.
     */
    private static boolean nickname(String s, String l, Set<String> kinds) {
        List<String> x = ShortForms.words(s);
        List<String> y = ShortForms.words(l);
        if (x.size() != y.size() || x.size() < 2 || x.equals(y) || kinds.contains(y.get(y.size() - 1))) {
            return false;
        }
        String a = x.get(0);
        String b = y.get(0);
        boolean first = a.length() == 1 ? b.length() > 1 && b.startsWith(a)
                : a.length() >= SHORTEST && b.length() >= SHORTEST && a.regionMatches(0, b, 0, SHORTEST);
        boolean rest = true;
        for (int k = 1; k < x.size(); k++) {
            String c = x.get(k);
            String d = y.get(k);
            rest &= c.equals(d) || c.length() == 1 && d.length() >= SHORTEST && d.startsWith(c);
        }
        return first && rest;
    }

    /**
     * Words an export adds to several values, always on their rarer spelling: "office" of "Central office" and
     * "northside office" beside "Central" and "Northside", "Shop" of "Riverside Tackle Shop" and "Lakeview Marina
     * Shop".
     * Where one value is more often written with the word ("Dog Food" beside "Dog"), the word names another thing.
     * {@code names} are most common first, {@code split} their words.
     */
    private static Set<String> addedWords(List<String> names, Map<String, List<String>> split) {
        Map<String, Integer> onRarer = new HashMap<>();
        Set<String> onCommoner = new HashSet<>();
        for (String a : names) {
            for (String b : names) {
                List<String> x = split.get(a);
                List<String> y = split.get(b);
                if (y.size() == x.size() + 1 && y.subList(0, x.size()).equals(x) && !x.isEmpty()) {
                    String word = y.get(x.size());
                    if (names.indexOf(b) > names.indexOf(a)) {
                        onRarer.merge(word, 1, Integer::sum);
                    } else {
                        onCommoner.add(word);
                    }
                }
            }
        }
        Set<String> added = new HashSet<>();
        onRarer.forEach((word, n) -> {
            if (n >= 2 && !onCommoner.contains(word)) {
                added.add(word);
            }
        });
        return added;
    }

    /** Whether words {@code x} are {@code y} and one of the {@code added}: "Central office" of "Central". */
    private static boolean added(List<String> x, List<String> y, Set<String> added) {
        return x.size() == y.size() + 1 && x.subList(0, y.size()).equals(y) && added.contains(x.get(y.size()));
    }

    /**
     * "Renewal (Adult)", "Renewal - adult" of "Adult renewal", "Wreck of the Maria" of "Maria Wreck": the same two
     * words the other way round. Longer names turned round are other things ("Port Ellis - Marrow Isle" is the way
     * back from "Marrow Isle - Port Ellis").
     */
    private static boolean reordered(List<String> x, List<String> y) {
        boolean digits = Stream.concat(x.stream(), y.stream()).anyMatch(w -> w.matches(".*\\p{N}.*"));
        if (digits) {
            return false;
        }
        if (!ofTurned(x).equals(x) || !ofTurned(y).equals(y)) {
            return !x.equals(y) && ofTurned(x).equals(ofTurned(y));
        }
        if (x.size() != 2 || y.size() != 2 || x.equals(y)) {
            return false;
        }
        return x.get(0).equals(y.get(1)) && x.get(1).equals(y.get(0));
    }

    /** "Wreck of the Maria" as "Maria Wreck": a thing of another, said the short way round; other words as they are. */
    private static List<String> ofTurned(List<String> words) {
        boolean of = words.size() == 3 && words.get(1).equals("of")
                || words.size() == 4 && words.get(1).equals("of") && words.get(2).equals("the");
        return of ? List.of(words.get(words.size() - 1), words.get(0)) : words;
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
        return "Values of " + column.name() + " that look like others written another way are counted as them: "
                + String.join(", ", pairs) + (forms.size() > pairs.size() ? ", …" : "")
                + "; nothing in the data says they are one, so ask by the value if they are not.";
    }


    /** The last words that end values of several first letters: "depot" of "North Depot" and "South Depot". */
    private static Set<String> kinds(List<String> known) {
        Map<String, Set<Character>> firstLetters = new HashMap<>();
        for (String v : known) {
            List<String> w = ShortForms.words(v);
            if (w.size() >= 2) {
                firstLetters.computeIfAbsent(w.get(w.size() - 1), k -> new HashSet<>()).add(w.get(0).charAt(0));
            }
        }
        Set<String> kinds = new HashSet<>();
        firstLetters.forEach((last, letters) -> {
            if (letters.size() > 1) {
                kinds.add(last);
            }
        });
        return kinds;
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
