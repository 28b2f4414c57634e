package io.insightx.orchestrator.agent.offline.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value that looks like another value of its column cut short: "DT" beside "Downtown", "Pol." beside "Politics",
 * "O/S" beside "Owner Surrender", "Sport" beside "Sports". Perhaps one thing written two ways, perhaps two things;
 * nothing in the data says which, so an answer that groups or filters by the column counts them apart and says so,
 * as a reading it took rather than a fact.
 */
public final class ShortForms {

    // compiled once: every value of a column is compared with every other, for each question that uses it
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");
    private static final Pattern SMALL_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}{2}");

    /** The short value and the one it seems to shorten. */
    public record Pair(String shortForm, String longForm) {
    }

    private ShortForms() {
    }

    /** The first value of the column that reads as a short form of another, if any. */
    public static Optional<Pair> in(DataColumn column) {
        return in(column, (a, b) -> false, w -> false);
    }

    /**
     * {@link #in(DataColumn)}, and in a column that writes values several ways, a one-word value another word of the
     * same meaning or kind may be ("Yearly" beside "Annual", "Feline" beside "Cat"), as {@code sameMeaning} (WordNet's)
     * tells; a word the language has ({@code word}: "Cat") is no short form of another that starts alike ("Canine").
     */
    public static Optional<Pair> in(DataColumn column, java.util.function.BiPredicate<String, String> sameMeaning,
            java.util.function.Predicate<String> word) {
        boolean labels = column.role() == ColumnRole.CATEGORY || column.role() == ColumnRole.NAME;
        if (!labels || !column.type().equals("VARCHAR") || column.formula() != null || TextFlag.is(column)) {
            return Optional.empty();
        }
        List<String> known = CaseVariants.known(column);
        if (known.size() > ValueForms.MAX_VALUES) {
            return Optional.empty(); // thousands of titles or names: letters in order match some other ("PCU")
        }
        // a column that writes values several ways already may write others in ways no rule reads ("Funeral Home" of
        // "Funeral", "Samantha" of "Sam", "Biz" of "Business"): those are said too
        boolean messy = CaseVariants.in(column) || !ValueForms.of(column).isEmpty();
        java.util.function.UnaryOperator<String> normal = CaseVariants.normalFor(column);
        java.util.Map<String, String> read = new java.util.HashMap<>();
        java.util.Map<String, String> plain = new java.util.HashMap<>();
        java.util.Set<String> abbreviated = new java.util.HashSet<>();
        known.forEach(v -> {
            read.put(v, normal.apply(v));
            plain.put(v, CaseVariants.normal(v));
            if (abbreviated(v)) {
                abbreviated.add(v);
            }
        });
        java.util.Map<String, String> words = new java.util.HashMap<>();
        java.util.function.UnaryOperator<String> normalOfWord = w -> words.computeIfAbsent(w, CaseVariants::normal);
        java.util.Map<String, List<String>> split = new java.util.HashMap<>();
        for (String shortForm : known) {
            for (String longForm : known) {
                if (read.get(shortForm).equals(read.get(longForm))) {
                    continue; // read as one value already ("TR" of "top rope", by ValueForms)
                }
                String s = plain.get(shortForm);
                String l = plain.get(longForm);
                boolean plural = !s.isEmpty() && l.equals(s + "s");
                boolean cut = abbreviated.contains(shortForm) && !abbreviated.contains(longForm)
                        && ColumnLinker.contraction(s, l);
                if (plural || cut || wordCut(shortForm, longForm, normalOfWord) || messy && (perhapsOne(shortForm,
                        split.computeIfAbsent(shortForm, ShortForms::words),
                        split.computeIfAbsent(longForm, ShortForms::words), word, sameMeaning))) {
                    return Optional.of(new Pair(shortForm.strip(), longForm.strip()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two values of a column that writes values several ways may be one: one's words within the other's
     * ("Funeral" of "Funeral Home", "card" of "debit card", "Pod" of "glamping pod"), the start of the other's word
     * ("Sam" of "Samantha", "chem" of "chemistry"), or a word of three small letters that starts as the other does
     * ("Biz" of "Business") and is no word of its own ("Cat" beside "Canine"), one word grown from the other's first
     * ("Zipper", "zip repair"), or one word of the same meaning as the other's ("Yearly" beside "Annual"). {@code x}
     * and {@code y} are the words of {@code a} and of the other, split once per value of the column.
     */
    private static boolean perhapsOne(String a, List<String> x, List<String> y,
            java.util.function.Predicate<String> word, java.util.function.BiPredicate<String, String> sameMeaning) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        boolean within = x.size() < y.size() && y.containsAll(x) && x.stream().allMatch(w -> w.length() >= 3);
        boolean start = x.size() == 1 && y.size() == 1 && x.get(0).length() >= 3 && y.get(0).startsWith(x.get(0));
        // capitals are a code ("NY"), not a word cut short
        boolean tiny = x.size() == 1 && x.get(0).length() == 3 && SMALL_WORD.matcher(a.strip()).matches()
                && y.get(0).length() > 3 && y.get(0).charAt(0) == x.get(0).charAt(0) && !word.test(x.get(0));
        // "zipper" beside "zip replacement": one word that grows the other's first
        boolean grown = x.size() == 1 && y.size() >= 2 && y.get(0).length() >= 3 && x.get(0).startsWith(y.get(0))
                && !x.get(0).equals(y.get(0));
        return within || start || tiny || grown || synonyms(x, y, sameMeaning);
    }

    /** "Yearly" beside "Annual": one word each, of the same meaning. */
    private static boolean synonyms(List<String> x, List<String> y,
            java.util.function.BiPredicate<String, String> sameMeaning) {
        return x.size() == 1 && y.size() == 1 && LETTERS.matcher(x.get(0)).matches()
                && LETTERS.matcher(y.get(0)).matches()
                && sameMeaning.test(x.get(0), y.get(0));
    }

    /** A value's words in lower case, split at anything but letters and digits ("Multi-fuel" → multi, fuel). */
    static List<String> words(String value) {
        return java.util.Arrays.stream(NOT_WORD.split(value.toLowerCase(java.util.Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** What an answer built on the column says: "“N. Depot” of depot may be “North Depot” written another way; …". */
    public static String note(DataColumn column, Pair pair) {
        return "“" + pair.shortForm() + "” of " + column.name() + " may be “" + pair.longForm()
                + "” written another way; they are counted apart.";
    }

    /** "N. Depot" of "North Depot": the same words but one or more cut short, each of its own word. */
    private static boolean wordCut(String shortForm, String longForm,
            java.util.function.UnaryOperator<String> normal) {
        String[] shorts = SPACES.split(shortForm.strip());
        String[] longs = SPACES.split(longForm.strip());
        if (shorts.length < 2 || shorts.length != longs.length) {
            return false;
        }
        boolean cut = false;
        for (int i = 0; i < shorts.length; i++) {
            String s = normal.apply(shorts[i]);
            String l = normal.apply(longs[i]);
            boolean shortened = abbreviated(shorts[i]) && !abbreviated(longs[i]) && ColumnLinker.contraction(s, l);
            if (!s.equals(l) && !shortened) {
                return false;
            }
            cut |= shortened;
        }
        return cut;
    }

    /**
     * Whether a value is written as a short form: in capitals, four letters at most ("DT", "O/S", "FL"), or a word cut
     * with a full stop ("Pol.", "Indiv.").
     */
    private static boolean abbreviated(String value) {
        String v = value.strip();
        String letters = NOT_LETTER.matcher(v).replaceAll("");
        boolean capitals = !letters.isEmpty() && letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !DIGIT.matcher(v).find();
        boolean cut = v.endsWith(".") && !letters.isEmpty() && !v.contains(" ");
        return capitals || cut;
    }
}
