package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Values of one category column that are one value in other forms, beyond case and spacing ({@link CaseVariants}):
 * cut short ("Mthly", "Boulder", "Corp.", "Main St." of "Monthly", "Bouldering", "Corporate", "Main Street"), in the
 * plural ("Kegs", "Lilies"), as initials ("IPA", "TR" of "India Pale Ale", "top-rope"), in another word order
 * ("Kiosk (Mall)" of "Mall Kiosk"), with the column's own word ("Riverside Gym" in a column named Gym Location) or
 * as a number of one thing ("P2", "Priority 2": {@link NumberedForms}).
 * Each form is counted as the value it is a form of, named by its fullest spelling; the answer says which it merged.
 * A form that could be either of two values ("Pils" beside "Pilsner" and "Pilsener") is merged with neither, and a
 * second whole word makes another value ("Gold Plus" is not "Gold"): the rules read words, never guess.
 */
public final class ValueForms {

    /** Larger label columns are names and codes, not a handful of categories written several ways. */
    static final int MAX_VALUES = 60;
    private static final int SHORTEST_CUT = 3;
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern VOWEL = Pattern.compile("[aeiou]");
    /** Endings that make another form of one word: its plural, its participles, its doer. */
    private static final Set<String> ENDINGS = Set.of("s", "es", "ed", "d", "ing", "er", "ers", "r", "y");
    /** The words a status writes for one finished state; "closed" and "resolved" may be two states of a ticket. */
    private static final Set<String> FINISHED = Set.of("done", "complete", "completed", "finished");
    private static final Pattern SIGNED = Pattern.compile(".*\\+.*|.*-\\s*");
    /** Asked each time the column's SQL is written: read once per column's values and name. */
    private static final Map<List<Object>, Forms> CACHE = new ConcurrentHashMap<>();
    private static final int CACHED = 512;

    private ValueForms() {
    }

    /**
     * Each spelling of the column that is another value's form, with the spelling it is counted as: the forms read for
     * sure, and in a column that writes its values several ways those that are probably one ({@link #likely}).
     */
    public static Map<String, String> of(DataColumn column) {
        return forms(column).all();
    }

    /** The spellings of {@link #of} that are a reading taken rather than sure ({@link LikelyForms}): said as such. */
    public static Map<String, String> likely(DataColumn column) {
        return forms(column).likely();
    }

    /** A column's forms: all of them, and those of them that are likely rather than sure. */
    private record Forms(Map<String, String> all, Map<String, String> likely) {
        static final Forms NONE = new Forms(Map.of(), Map.of());
    }

    private static Forms forms(DataColumn column) {
        boolean labels = column.role() == ColumnRole.CATEGORY || column.role() == ColumnRole.NAME;
        List<String> known = CaseVariants.known(column);
        if (!labels || !column.type().equals("VARCHAR") || column.formula() != null || TextFlag.is(column)
                || known.size() > MAX_VALUES) {
            return Forms.NONE;
        }
        boolean category = column.role() == ColumnRole.CATEGORY;
        Map<String, Long> counts = column.valueCounts();
        List<Object> key = List.of(known, column.words(), category, SameMeanings.kept(column), counts);
        Forms cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, String> sure = read(known, column.words(), category);
        Forms forms = Forms.NONE;
        if (!sure.isEmpty() || CaseVariants.in(column)) {
            Map<String, String> likely = LikelyForms.of(known, counts, sure, SameMeanings.of(column));
            Map<String, String> all = new LinkedHashMap<>(sure);
            all.putAll(likely);
            forms = new Forms(Collections.unmodifiableMap(all), Collections.unmodifiableMap(likely));
        }
        if (CACHE.size() >= CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, forms);
        return forms;
    }

    private static Map<String, String> read(List<String> known, List<String> own, boolean category) {
        // one entry per value as CaseVariants compares them, its spellings in the column's order (most common first)
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        // a value with a sign ("O+", "O-") is that sign's, never a form of another: its words would lose the sign
        known.stream().filter(v -> !SIGNED.matcher(v).matches())
                .forEach(v -> spellings.computeIfAbsent(CaseVariants.normal(v), k -> new ArrayList<>()).add(v));
        List<String> normals = new ArrayList<>(spellings.keySet());
        Map<String, List<String>> partners = new HashMap<>();
        for (String a : normals) {
            for (String b : normals) {
                if (!a.equals(b) && !a.isEmpty() && !b.isEmpty()
                        && sameValue(spellings.get(a), spellings.get(b), own, category)) {
                    partners.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                }
            }
        }
        Map<String, String> root = new HashMap<>();
        normals.forEach(n -> root.put(n, n));
        partners.forEach((a, linked) -> linked.forEach(b -> {
            if (unambiguous(partners, a) && unambiguous(partners, b)) {
                String ra = find(root, a);
                String rb = find(root, b);
                if (!ra.equals(rb)) {
                    boolean aNames = fuller(spellings, own, ra, rb, normals);
                    root.put(aNames ? rb : ra, aNames ? ra : rb);
                }
            }
        }));
        Map<String, String> forms = new LinkedHashMap<>();
        for (String n : normals) {
            String r = find(root, n);
            if (!r.equals(n)) {
                spellings.get(n).forEach(v -> forms.put(v, spellings.get(r).get(0)));
            }
        }
        return java.util.Collections.unmodifiableMap(forms);
    }

    /**
     * Whether value {@code a} names the class rather than {@code b}: of one word's two forms ("Freelance",
     * "Freelancer"), the one the data writes in more ways, else the plain one; of initials and the words they stand
     * for, or of one number ("Medic 2", "Medic 02"), the more common ("BSL", written far more often than "British Sign
     * Language"); else the one written in full
     * ("Monthly", not "Mthly"), its column's words and a plural ending aside; else the one written in more ways, else
     * the more common.
     */
    private static boolean fuller(Map<String, List<String>> spellings, List<String> own, String a, String b,
            List<String> normals) {
        int sa = spellings.get(a).size();
        int sb = spellings.get(b).size();
        if (ending(a, b) || ending(b, a) || oneWordEnds(spellings.get(a).get(0), spellings.get(b).get(0))) {
            // one word in two forms ("Freelance", "Freelancer"; "keg", "kegs"): the more written, else the plain one
            return sa != sb ? sa > sb : a.length() < b.length();
        }
        String wa = spellings.get(a).get(0);
        String wb = spellings.get(b).get(0);
        if (initials(wa, words(wb, List.of())) || initials(wb, words(wa, List.of())) || NumberedForms.same(wa, wb)) {
            // "BSL" beside "British Sign Language": what the data calls it most often names it
            return normals.indexOf(a) < normals.indexOf(b);
        }
        int la = letters(wa, own);
        int lb = letters(wb, own);
        if (la != lb) {
            return la > lb;
        }
        return sa != sb ? sa > sb : normals.indexOf(a) < normals.indexOf(b);
    }

    /** Whether {@code l} is {@code s} with an ending of the same word ("freelancer" of freelance). */
    private static boolean ending(String s, String l) {
        return l.startsWith(s) && ENDINGS.contains(l.substring(s.length()));
    }

    /** Whether two names differ in one word, one form of the other: "Mark Rowe", "Marky Rowe". */
    private static boolean oneWordEnds(String a, String b) {
        List<String> x = words(a, List.of());
        List<String> y = words(b, List.of());
        if (x.size() != y.size()) {
            return false;
        }
        int differ = 0;
        boolean ends = false;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                differ++;
                ends = ending(x.get(i), y.get(i)) || ending(y.get(i), x.get(i));
            }
        }
        return differ == 1 && ends;
    }

    private static int letters(String value, List<String> own) {
        return words(value, own).stream().mapToInt(w -> w.replaceAll("(ies|s)$", "").length()).sum();
    }

    /** What an answer built on the column says: "Values of Membership Type counted as one: “Mthly” as “Monthly”, …". */
    public static String note(DataColumn column, Map<String, String> forms) {
        List<String> pairs = forms.entrySet().stream().limit(6)
                .map(e -> "“" + e.getKey().strip() + "” as “" + e.getValue().strip() + "”").toList();
        return "Values of " + column.name() + " read as other forms of one value and counted as it: "
                + String.join(", ", pairs) + (forms.size() > pairs.size() ? ", …" : "") + ".";
    }

    /**
     * Whether a value's longer partners are all partners of each other: "Btl" of "Bottle" and "Bottles", not "Pils" of
     * "Pilsner" and "Pilsener"; "Small" may be written both "S" and "SM", its shorter partners.
     */
    private static boolean unambiguous(Map<String, List<String>> partners, String value) {
        List<String> own = partners.getOrDefault(value, List.of()).stream()
                .filter(p -> p.length() >= value.length()).toList();
        return own.stream().allMatch(x -> own.stream().allMatch(y -> x.equals(y)
                || partners.getOrDefault(x, List.of()).contains(y)));
    }

    private static String find(Map<String, String> root, String n) {
        String r = n;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    /** Whether two values, each in its spellings ("IPA", "ipa"), read as one value of a column named by {@code own}. */
    private static boolean sameValue(List<String> a, List<String> b, List<String> own, boolean category) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameValue(x, y, own, category)));
    }

    /**
     * Whether two spellings that differ beyond case and spacing read as one value of a column named by {@code own}
     * ("Elm St" and "Elm Street", "roses" and "Rose", "N. Branch" and "North Branch"); in a column of categories, also
     * one word cut to its first letter ("S", "M", "L" of Small, Medium, Large), which in a column of names may be
     * another name's initial.
     */
    public static boolean sameValue(String a, String b, List<String> own, boolean category) {
        if (NumberedForms.same(a, b)) {
            return true; // "P2", "PRI-2", "Priority 2"
        }
        List<String> x = words(a, own);
        List<String> y = words(b, own);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.size() == y.size()) {
            boolean formOfEach = true;
            int cuts = 0;
            for (int i = 0; i < x.size() && formOfEach; i++) {
                boolean form = formOf(x.get(i), y.get(i)) || formOf(y.get(i), x.get(i));
                boolean cut = !form && x.size() > 1 && (shortWord(x.get(i), y.get(i)) || shortWord(y.get(i), x.get(i))
                        || initial(a, x.get(i), y.get(i)) || initial(b, y.get(i), x.get(i)));
                cuts += cut ? 1 : 0;
                formOfEach = form || cut;
            }
            formOfEach &= cuts < x.size();
            if (formOfEach) {
                return true;
            }
            if (x.size() == 1 && (writtenShort(a, x.get(0), y.get(0)) || writtenShort(b, y.get(0), x.get(0)))) {
                return true;
            }
            // "N. Depot" of North Depot in a column named depot: the one word left is an initial
            boolean initial = initial(a, x.get(0), y.get(0)) || initial(b, y.get(0), x.get(0));
            boolean letter = category && (firstLetter(a, x.get(0), y.get(0)) || firstLetter(b, y.get(0), x.get(0)));
            if (x.size() == 1 && (initial || letter)) {
                return true;
            }
            List<String> sx = new ArrayList<>(x);
            List<String> sy = new ArrayList<>(y);
            sx.sort(null);
            sy.sort(null);
            boolean sameWords = java.util.stream.IntStream.range(0, sx.size())
                    .allMatch(i -> formOf(sx.get(i), sy.get(i)) || formOf(sy.get(i), sx.get(i)));
            if (sameWords && (bracketed(a) || bracketed(b) || category && !between(a) && !between(b))) {
                // "Kiosk (Mall)", "Mall Kiosk"; a category's "Sleeve shorten", "shorten sleeves"; never "Port Ellis -
                // Marrow Isle", the other way
                return true;
            }
        }
        if (x.size() == 1 && y.size() == 1 && FINISHED.contains(x.get(0)) && FINISHED.contains(y.get(0))) {
            return true; // "done", "Completed", "COMPLETE": one state a job ends in
        }
        if (none(a, x) && none(b, y)) {
            return true; // "none", "No Packing" in Packing Service, "n/a": no service, said three ways
        }
        // "ISL" of Irish Sign Language in a column named language: initials are of every word written
        return initials(a, words(b, List.of())) || initials(b, words(a, List.of())) || joinedCut(x, y)
                || joinedCut(y, x);
    }

    /** Whether a value says there is none: "none", "n/a", or "no" with the column's own word ("No Packing"). */
    private static boolean none(String written, List<String> words) {
        List<String> all = Arrays.stream(WORD.split(written.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .toList();
        return words.equals(List.of("none")) || all.equals(List.of("n", "a"))
                || words.equals(List.of("no")) && all.size() > 1;
    }

    /** A value that joins two things, whose order says which is which: "Port Ellis - Marrow Isle", "A to B". */
    private static boolean between(String value) {
        return value.matches(".*(\\s-\\s|->|→|/|>|\\sto\\s|\\svs\\.?\\s).*");
    }

    private static boolean bracketed(String value) {
        return value.contains("(") || value.contains(",");
    }

    /**
     * The value's words as CaseVariants compares them ("and" and a leading "the" left out), its column's words too when
     * others remain.
     */
    private static List<String> words(String value, List<String> own) {
        List<String> all = Arrays.stream(WORD.split(value.toLowerCase(Locale.ROOT))).map(CaseVariants::normal)
                .filter(w -> !w.isEmpty()).toList();
        if (all.size() > 1 && all.get(0).equals("the")) {
            all = all.subList(1, all.size()); // "The Vault" and "Vault", "The Orchard" and "Orchard": one place
        }
        // the column's own word, or that word cut short ("arr." of arrangement_type), says nothing of the value
        // ("St" of Elm St is no "Store" of a column named Store: two letters say too little)
        List<String> rest = all.stream().filter(w -> own.stream().noneMatch(o -> o.equals(w)
                || w.length() >= SHORTEST_CUT && (formOf(w, o) || o.startsWith(w)))).toList();
        return rest.isEmpty() ? all : rest;
    }

    /**
     * Whether {@code s} is a form of the word {@code l}: the same, its start ("boulder" of bouldering, three letters
     * at least, no digits), its plural ("lilies" of lily), or its consonants ("mthly" of monthly, "st" of street).
     */
    static boolean formOf(String s, String l) {
        if (s.equals(l)) {
            return true;
        }
        if (s.matches(".*\\p{N}.*") || l.matches(".*\\p{N}.*")) {
            return false;
        }
        // "bouldering" of boulder, "washer" of wash, "refunded" of refund: an ending of the same word; "southwest" of
        // south is another word ("west" after it), and "chemistry" of chem a word cut short that may be another
        if (s.length() >= SHORTEST_CUT && l.startsWith(s) && ENDINGS.contains(l.substring(s.length()))) {
            return true;
        }
        if (s.length() >= SHORTEST_CUT && s.endsWith("y") && l.equals(s.substring(0, s.length() - 1) + "ies")) {
            return true;
        }
        boolean consonants = s.length() >= 2 && !VOWEL.matcher(s.substring(1)).find();
        return consonants && l.length() > s.length() + 1 && ColumnLinker.contraction(s, l);
    }

    /**
     * "Ave" of avenue beside the same other words ("Harbor Ave", "harbor avenue"): a word of two to four letters cut
     * from the start of a longer one, little of it left out; "Red" of "Redwood" leaves a word of its own.
     */
    private static boolean shortWord(String s, String l) {
        int left = l.length() - s.length();
        return s.length() >= 2 && s.length() <= 4 && left >= 2 && left <= 3 && l.startsWith(s)
                && !(s + l).matches(".*\\p{N}.*");
    }

    /** "Corp." and "CORP" of Corporate: a word written short (with a full stop, or in capitals) cut from the other. */
    private static boolean writtenShort(String written, String s, String l) {
        String letters = written.replaceAll("[^\\p{L}]", "");
        boolean shortForm = written.strip().endsWith(".") || letters.length() <= 4 && letters.length() >= 2
                && letters.equals(letters.toUpperCase(Locale.ROOT));
        return shortForm && s.length() >= 2 && l.length() > s.length() && l.startsWith(s);
    }

    /**
     * "N." of North in "N. Branch", "E-" of East in "E-side": a word written as its first letter and a full stop, or a
     * hyphen before the next word.
     */
    private static boolean initial(String written, String s, String l) {
        Pattern initial = Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(s) + "(\\.|-(?=\\p{L}))",
                Pattern.CASE_INSENSITIVE);
        return s.length() == 1 && l.length() >= SHORTEST_CUT && l.startsWith(s) && l.matches("\\p{L}+")
                && initial.matcher(written).find();
    }

    /**
     * A category written as the first letter of another's one word ("S" of Small); which of two values it starts
     * ("S" of Small and Standard) is left to {@link #unambiguous}. Three letters cut ("Red" of Redwood) may be a word.
     */
    private static boolean firstLetter(String written, String s, String l) {
        return s.length() == 1 && written.strip().matches("\\p{L}\\.?") && l.length() >= SHORTEST_CUT
                && l.startsWith(s) && l.matches("\\p{L}+");
    }

    /** "IPA" of India Pale Ale, "TR" of top-rope: a value in capitals (or with full stops) of the other's initials. */
    private static boolean initials(String written, List<String> longer) {
        String letters = written.replaceAll("[^\\p{L}]", "");
        boolean capitals = letters.length() >= 2 && letters.length() <= 5 && !written.matches(".*\\p{N}.*")
                && (letters.equals(letters.toUpperCase(Locale.ROOT)) || written.matches("(\\p{L}\\.)+"));
        if (!capitals || longer.size() != letters.length()) {
            return false;
        }
        StringBuilder firsts = new StringBuilder();
        longer.forEach(w -> firsts.append(w.charAt(0)));
        return firsts.toString().equals(letters.toLowerCase(Locale.ROOT));
    }

    /**
     * "Sun Flowers" of "sunflower", "Wash" of "Washer": one written as the start of the other's letters, the cut
     * inside a word; a cut where a word ends ("Gold" of "Gold Plus", "Low" of "Low Heat") leaves another value.
     */
    private static boolean joinedCut(List<String> shorter, List<String> longer) {
        String s = String.join("", shorter);
        String l = String.join("", longer);
        if (s.length() < SHORTEST_CUT || s.length() >= l.length() || !l.startsWith(s) || (s + l).matches(".*\\p{N}.*")
                || !ENDINGS.contains(l.substring(s.length()))) {
            return false;
        }
        int boundary = 0;
        for (String w : longer) {
            boundary += w.length();
            if (boundary == s.length()) {
                return false;
            }
        }
        return true;
    }
}
