package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;

/**
 * Values of a category column that WordNet gives one meaning: "Kids" beside "Child", "check" beside "cheque", "fiddle"
 * beside "Violin", "Law" beside "Legal" (the noun its adjective is of), "Feline" beside "cat". Where the column
 * already writes its values several ways, {@link LikelyForms} counts the rarer as the more common one and the answer
 * says it took that reading. Only nouns' first senses count, never a kind of the other ("Rugby" is a football, not the
 * same game) nor two adjectives of one scale ("Fair", "Good"). Read once per column with the lexicon and kept in the
 * column's profile, since its SQL is later written from the column alone.
 */
public final class SameMeanings {

    private static final String FIELD = "sameMeaning";
    /**
     * A noun's first sense only, where two values of one column would meet ("kid" is a child in its first): in their
     * third, "phone" is a headphone and "poster" a card.
     */
    private static final int SENSES = 1;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Map<List<String>, List<List<String>>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHED = 256;

    private SameMeanings() {
    }

    /** The catalog with each category column's values of one meaning kept in its profile. */
    public static Catalog marked(Catalog catalog, Lexicon lexicon) {
        if (catalog.columns().stream().noneMatch(SameMeanings::unread)) {
            return catalog;
        }
        return catalog.withColumns(catalog.columns().stream()
                .map(c -> unread(c) ? c.withDna(marked(c, lexicon)) : c).toList());
    }

    /** Whether values {@code a} and {@code b} of the column were read as one meaning ({@link #marked}). */
    static BiPredicate<String, String> of(DataColumn column) {
        JsonNode pairs = column.dna().path(FIELD);
        if (pairs.isEmpty()) {
            return (a, b) -> false;
        }
        Set<List<String>> read = new HashSet<>();
        pairs.forEach(p -> read.add(List.of(p.path(0).asText(), p.path(1).asText())));
        return (a, b) -> {
            String x = CaseVariants.normal(a);
            String y = CaseVariants.normal(b);
            return read.contains(List.of(x, y)) || read.contains(List.of(y, x));
        };
    }

    /** The pairs as the column's profile keeps them, for a cache keyed by what its forms are read from. */
    static JsonNode kept(DataColumn column) {
        return column.dna().path(FIELD);
    }

    private static boolean unread(DataColumn c) {
        return c.role() == ColumnRole.CATEGORY && c.type().equals("VARCHAR") && c.formula() == null
                && !TextFlag.is(c) && !c.dna().has(FIELD) && c.values().size() >= 2
                && CaseVariants.known(c).size() <= ValueForms.MAX_VALUES;
    }

    private static JsonNode marked(DataColumn c, Lexicon lexicon) {
        List<String> known = CaseVariants.known(c);
        List<List<String>> pairs = CACHE.get(known);
        if (pairs == null) {
            pairs = pairs(known, lexicon);
            if (CACHE.size() >= CACHED) {
                CACHE.clear();
            }
            CACHE.put(known, pairs);
        }
        ObjectNode dna = c.dna() instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        ArrayNode kept = dna.putArray(FIELD);
        pairs.forEach(p -> kept.addArray().add(p.get(0)).add(p.get(1)));
        return dna;
    }

    /** The pairs of one meaning among the values, each value in its one spelling ({@link CaseVariants#normal}). */
    private static List<List<String>> pairs(List<String> known, Lexicon lexicon) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        known.forEach(v -> words.putIfAbsent(CaseVariants.normal(v), ShortForms.words(v)));
        // each value and each of their words read once, then compared with every other
        Map<List<String>, Sense> read = new HashMap<>();
        java.util.function.Function<List<String>, Sense> sense = w -> read.computeIfAbsent(w,
                k -> Sense.of(k, lexicon));
        List<String> normals = new ArrayList<>(words.keySet());
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < normals.size(); i++) {
            for (int j = i + 1; j < normals.size(); j++) {
                List<String> x = words.get(normals.get(i));
                List<String> y = words.get(normals.get(j));
                if (!x.equals(y) && (sense.apply(x).oneMeaning(sense.apply(y)) || wordByWord(x, y, sense))) {
                    pairs.add(List.of(normals.get(i), normals.get(j)));
                }
            }
        }
        return pairs;
    }

    /** "Kids menu" beside "Child menu": as many words, each the same or of one meaning, one at least not the same. */
    private static boolean wordByWord(List<String> x, List<String> y,
            java.util.function.Function<List<String>, Sense> sense) {
        if (x.size() != y.size() || x.size() < 2) {
            return false;
        }
        for (int k = 0; k < x.size(); k++) {
            if (!x.get(k).equals(y.get(k))
                    && !sense.apply(List.of(x.get(k))).oneMeaning(sense.apply(List.of(y.get(k))))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value as WordNet reads it: its dictionary forms (a word's, "kids" → kid; a phrase as written and as one
     * word, "cellphone"), the words of its first sense as a noun ("kids" → child, youngster), and for one word the
     * nouns it is the adjective of ("legal" → law). Empty sets for digits and short codes.
     */
    private record Sense(Set<String> forms, Set<String> synonyms, Set<String> pertainyms) {

        static Sense of(List<String> words, Lexicon lexicon) {
            Set<String> forms = words.size() <= 1 ? words.isEmpty() ? Set.of() : lexicon.lemmas(words.get(0))
                    : new HashSet<>(List.of(String.join(" ", words), String.join("", words)));
            boolean lettered = words.stream().allMatch(w -> WORD.matcher(w).matches());
            Set<String> synonyms = new LinkedHashSet<>();
            if (lettered) {
                forms.forEach(f -> synonyms.addAll(lexicon.synonyms(f, SENSES)));
            }
            Set<String> pertainyms = words.size() == 1 && lettered ? lexicon.pertainyms(words.get(0)) : Set.of();
            return new Sense(forms, synonyms, pertainyms);
        }

        /**
         * Whether each, in a dictionary form, is in the other's first sense ("cellphone" and "mobile phone"; not
         * "phone" and "headphone", one in the other's third), or one is the noun the other is the adjective of
         * ("legal", "law").
         */
        boolean oneMeaning(Sense other) {
            boolean mutual = synonyms.stream().anyMatch(other.forms::contains)
                    && other.synonyms.stream().anyMatch(forms::contains);
            return mutual || pertainyms.stream().anyMatch(other.forms::contains)
                    || other.pertainyms.stream().anyMatch(forms::contains);
        }
    }
}
