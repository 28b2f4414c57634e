package io.insightx.orchestrator.agent.offline.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * Category values one export writes several ways ("Web", "web", "Web ", "no-show", "No Show", "noshow", "canceled",
 * "cancelled", "Bath & Brush", "Bath and Brush", "Harbour", "Harbor"): one value to whoever asks, so a column whose
 * known values differ only in case, spaces, punctuation, accents ("Tomás", "Tomas"), an "and" written "&" or British
 * spelling (the double l, "-our") is grouped, filtered and counted by the value in one spelling, its groups shown by
 * their most common spelling, and the answer says so. Values in other forms of one value ("Mthly" of "Monthly") are
 * read by {@link ValueForms} first.
 */
public final class CaseVariants {

    /**
     * Spaces, punctuation and symbols, the same in Java's and in DuckDB's (RE2) regular expressions. A plus is kept, and
     * so is a minus that ends the value (as {@link #MINUS}): "O+" and "O-" are two blood types, not two spellings of one.
     */
    private static final String SPACE_AND_PUNCTUATION = "[^\\p{L}\\p{N}+]+";
    /** A minus sign that ends a value, spelled out before the rest of the punctuation goes. */
    private static final String TRAILING_MINUS = "-\\s*$";
    private static final String MINUS = "minus";
    /** The word "and", which "&" also writes: "Bath & Brush", "Bath and Brush" and "bath&brush" are one service. */
    private static final String AND = "(^|[^\\p{L}\\p{N}])and([^\\p{L}\\p{N}]|$)";
    private static final Pattern THE_WORD_AND = Pattern.compile(AND);
    /** A word's British "-our" ending, written "-or" in American: "Harbour Depot" and "Harbor Depot", "colour". */
    private static final String OUR = "(\\p{L}{2})our([^\\p{L}]|$)";
    private static final Pattern BRITISH_OUR = Pattern.compile(OUR);
    /** A word's British "-tre" or "-bre" ending, American "-ter" and "-ber": "Community Centre" and "Center". */
    private static final String TRE = "(\\p{L}{2}[tb])re([^\\p{L}]|$)";
    private static final Pattern BRITISH_TRE = Pattern.compile(TRE);
    /** Compiled once: {@link #in} normalises every known value each time a column's SQL is written. */
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile(SPACE_AND_PUNCTUATION);
    private static final Pattern ENDING_MINUS = Pattern.compile(TRAILING_MINUS);
    /** An accented letter ("Tomás" of "Tomas"): its mark goes, in Java by decomposing, in DuckDB by strip_accents. */
    private static final Pattern ACCENTED = Pattern.compile("[\\p{L}&&[^\\p{ASCII}]]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CaseVariants() {
    }

    /**
     * Whether the column's known values hold two spellings of one value: asked each time the column's SQL is written,
     * so it stops at the first pair rather than grouping every value.
     */
    public static boolean in(DataColumn column) {
        boolean labels = column.role() == ColumnRole.CATEGORY || column.role() == ColumnRole.NAME;
        if (!labels || !column.type().equals("VARCHAR") || column.formula() != null) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        return known(column).stream().anyMatch(v -> !seen.add(normal(v)));
    }

    /**
     * The column's most common values and its sample: the most common may each be written one way while the rest of
     * the column is not ("NOVA SYNDICATE " among the samples).
     */
    static List<String> known(DataColumn column) {
        Set<String> known = new java.util.LinkedHashSet<>(column.values());
        if (column.dna() != null) {
            column.dna().path("sampleValues").forEach(v -> known.add(v.asText()));
        }
        return List.copyOf(known);
    }

    /** The value in its one spelling, for comparing values in Java: any "and" dropped, "-our" and "-tre" American. */
    public static String normal(String value) {
        return normal(value, true, true, true, true);
    }

    /** The value as the column is compared once its spellings are one: the twin of {@link #sql}. */
    public static String normal(DataColumn column, String value) {
        return normalFor(column).apply(value);
    }

    /**
     * {@link #normal(DataColumn, String)} for many values of one column: what the column's values need is read once,
     * not again for each value (a name column holds thousands).
     */
    public static java.util.function.UnaryOperator<String> normalFor(DataColumn column) {
        boolean and = holds(column, THE_WORD_AND);
        boolean our = holds(column, BRITISH_OUR);
        boolean tre = holds(column, BRITISH_TRE);
        boolean accents = holds(column, ACCENTED);
        Map<String, String> forms = ValueForms.of(column);
        return value -> normal(forms.getOrDefault(value, value), and, our, tre, accents);
    }

    private static String normal(String value, boolean and, boolean our, boolean tre, boolean accents) {
        String plain = accents ? MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("") : value;
        String signed = ENDING_MINUS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(MINUS);
        String joined = and ? THE_WORD_AND.matcher(signed).replaceAll(" ") : signed;
        String colored = our ? BRITISH_OUR.matcher(joined).replaceAll("$1or$2") : joined;
        String american = tre ? BRITISH_TRE.matcher(colored).replaceAll("$1er$2") : colored;
        return SPACES_AND_PUNCTUATION.matcher(american).replaceAll("").replace("ll", "l");
    }

    /**
     * The column's values in their one spelling, in SQL: the twin of {@link #normal(DataColumn, String)}. The rules
     * of "and", "-our" and "-tre" are written only for a column whose values need them, so most SQL stays short.
     */
    static String sql(DataColumn column) {
        String lower = "lower(" + Identifiers.quoted(column.name()) + ")";
        String plain = holds(column, ACCENTED) ? "strip_accents(" + lower + ")" : lower;
        String signed = "regexp_replace(" + plain + ", '" + TRAILING_MINUS + "', '" + MINUS + "')";
        String joined = holds(column, THE_WORD_AND) ? "regexp_replace(" + signed + ", '" + AND + "', ' ', 'g')"
                : signed;
        String colored = holds(column, BRITISH_OUR) ? "regexp_replace(" + joined + ", '" + OUR + "', '\\1or\\2', 'g')"
                : joined;
        String american = holds(column, BRITISH_TRE) ? "regexp_replace(" + colored + ", '" + TRE + "', '\\1er\\2', 'g')"
                : colored;
        return "replace(regexp_replace(" + american + ", '" + SPACE_AND_PUNCTUATION + "', '', 'g'), 'll', 'l')";
    }

    /** Whether a known value of the column has the spelling the pattern finds ("&" counts as the word "and"). */
    private static boolean holds(DataColumn column, Pattern spelling) {
        return known(column).stream().anyMatch(v -> spelling == THE_WORD_AND && v.contains("&")
                || spelling.matcher(v.toLowerCase(Locale.ROOT)).find());
    }

    /** The note an answer built on the column carries: "Web and web of channel are counted as one value." */
    public static String note(DataColumn column) {
        List<String> shown = spellings(known(column)).get(0);
        String how = holds(column, BRITISH_OUR) || holds(column, BRITISH_TRE)
                ? "case, spacing, accents, punctuation or British spelling" : "case, spacing, accents or punctuation";
        return "Values of " + column.name() + " written differently only in " + how + " ("
                + String.join(", ",
                shown.stream().map(v -> "\"" + v + "\"").toList()) + ") are counted as one.";
    }

    /** The groups of two or more spellings among the values, in the order first met. */
    private static List<List<String>> spellings(List<String> values) {
        Map<String, List<String>> byNormal = new LinkedHashMap<>();
        for (String v : values) {
            byNormal.computeIfAbsent(normal(v), k -> new ArrayList<>()).add(v);
        }
        return byNormal.values().stream().filter(s -> s.size() > 1).toList();
    }
}
