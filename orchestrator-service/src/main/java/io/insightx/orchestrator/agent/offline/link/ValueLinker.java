package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;

/**
 * Finds the values of label columns the question names. A value matches when all its words appear together in the
 * question (by lemma: "sunny" → sun); a short code ("AK", "OR") only when written in capitals as the data has it, so
 * the English word "or" is not Oregon. Longer values win; a word before the value may negate it ("not", "except").
 */
public final class ValueLinker {

    /** Words before a verb that say it is not done: "dont count", "not including". */
    private static final Set<String> NOT_DOING = Set.of("dont", "don't", "not", "do not", "without");
    private static final Set<String> NEGATIONS = Set.of("not", "non", "except", "excluding", "exclude", "excl",
            "without",
            "besides", "apart", "aside", "ignore", "ignoring", "omit", "omitting", "outside", "isn't", "aren't", "wasn't", "weren't", "never");
    /** Columns with more values than this are not searched for single distinctive words: too many would match. */
    private static final int DISTINCTIVE_VALUES = 60;
    // compiled once: asked of every word of a question against every value
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[\\d.,]+");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\p{Lu}{2,5}");
    private static final java.util.regex.Pattern LETTERS_AND_NUMBER = java.util.regex.Pattern.compile("\\p{L}+\\p{N}+");
    private static final java.util.regex.Pattern PAST = ColumnLinker.PAST;
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("\\p{L}{3,}s");
    private static final java.util.regex.Pattern DOERS = java.util.regex.Pattern.compile("\\p{L}{4,}ers?");
    private static final java.util.regex.Pattern STATE =
            java.util.regex.Pattern.compile("\\p{L}{3,}(ence|ance|ness|ity|cy)s?");
    /** A label of one letter and a number: "Z5", "T-3", "Q1". */
    private static final java.util.regex.Pattern INITIAL_AND_NUMBER =
            java.util.regex.Pattern.compile("(\\p{L})[- ]?(\\d+)");
    /** The words a value that is itself a negation starts with ("Not Rated", "Non Refund", "No Deposit"). */
    private static final Set<String> VALUE_NEGATIONS = Set.of("not", "non", "no");
    private static final Set<String> LEADING = Set.of("in", "the", "from", "at", "of", "a", "an", "on", "for", "by");
    /** Verbs after which "us" is the pronoun. */
    private static final Set<String> ADDRESSED = Set.of("show", "give", "tell", "let", "help", "for", "to", "send");

    /** Prepositions before a place: "to lax", "from sfo", "at ord". */
    private static final Set<String> PLACE = Set.of("from", "to", "at", "into", "via", "leaving", "towards");

    /** Words before the thing a question asks for, one per group: "which user", "per region". */
    private static final Set<String> ASKED_FOR = Set.of("which", "what", "each", "every", "per", "by");

    private static final Set<String> DEGREE = Set.of("most", "least", "more", "less", "very", "so", "too");

    private static final Set<String> SUBJECTS = Set.of("we", "you", "they", "i", "he", "she");
    private static final Set<String> AUXILIARIES = Set.of("did", "do", "does", "have", "has", "had", "will", "can",
            "could");

    private final Tokenizer tokenizer;

    public ValueLinker(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public List<ValueMention> link(List<Token> tokens, List<DataColumn> columns, Set<Integer> taken) {
        List<ValueMention> candidates = new ArrayList<>();
        for (DataColumn c : columns) {
            if (!c.role().labels()) {
                continue;
            }
            Function<String, List<String>> aliases = ValueAliases.of(c);
            Map<String, Integer> wordUse = wordUse(c);
            for (String value : c.values()) {
                candidates.addAll(find(tokens, c, value, value, taken));
                candidates.addAll(complement(tokens, c, value, taken, columns));
                for (String alias : aliases.apply(value)) {
                    candidates.addAll(find(tokens, c, value, alias, taken));
                }
                List<Token> words = tokenizer.tokens(value);
                String joined = String.join("", words.stream().map(Token::lower).toList());
                if (words.size() > 1 && joined.matches("\\p{L}{6,}")) {
                    candidates.addAll(find(tokens, c, value, joined, taken)); // "budgetbuddy" for BudgetBuddy
                }
                for (String word : distinctive(value, wordUse)) {
                    // "credit limit" names Card Limit USD, not the decline reason "limit exceeded"; "the driver with
                    // the most trips" names driver_id, not the delay reason "No driver"
                    if (namedByAnother(columns, c, word)) {
                        continue;
                    }
                    // "the most common species" grades an adjective; it is not the value "Common nighthawk"
                    candidates.addAll(find(tokens, c, value, word, taken).stream().filter(m -> m.tokens().get(0) == 0
                            || !tokens.get(m.tokens().get(0) - 1).isAny(DEGREE)).toList());
                }
            }
        }
        List<ValueMention> families = families(tokens, columns, taken);
        candidates.addAll(families);
        // "a non-refundable deposit" over Deposit Type: the word after a value that names the value's own column is that
        // column, no second value ("No Deposit")
        List<ValueMention> all = List.copyOf(candidates);
        candidates.removeIf(m -> m.tokens().size() == 1 && tokens.get(m.tokens().get(0)).isAny(Set.copyOf(m.column().words()))
                && all.stream().anyMatch(o -> o.column().equals(m.column()) && !o.value().equals(m.value())
                        && o.tokens().get(o.tokens().size() - 1) + 1 == m.tokens().get(0)));
        // "which user has the most PRs" over user_login and a user_type holding "User": the word asked for names the
        // columns, not the value
        candidates.removeIf(m -> m.tokens().size() == 1 && m.tokens().get(0) > 0
                && tokens.get(m.tokens().get(0) - 1).isAny(ASKED_FOR)
                && columns.stream().anyMatch(c -> c.role().labels() && c.words().size() > 1
                        && c.words().get(0).equals(tokens.get(m.tokens().get(0)).lower())));
        // "needed meds" beside meds_required: a word another column's name says as written is that column, never a
        // value it is the plural of ("med", a kennel size); "decline rate" stays the status "declined"
        candidates.removeIf(m -> {
            String said = tokens.get(m.tokens().get(0)).lower();
            String value = m.value().strip().toLowerCase(Locale.ROOT);
            return m.tokens().size() == 1 && said.length() > value.length() && said.startsWith(value)
                    && columns.stream().anyMatch(c -> !c.equals(m.column()) && c.words().contains(said));
        });
        // "what hour of the day", "day of the week": a grain's phrase, never the shift "Day"
        candidates.removeIf(m -> m.tokens().size() == 1 && grainPhrase(tokens, m.tokens().get(0)));
        // "which user opened the most PRs": every PR was opened; the act is no value "open" (still open) of a status
        candidates.removeIf(m -> m.tokens().size() == 1 && m.value().strip().equalsIgnoreCase("open")
                && opening(tokens, m.tokens().get(0)));
        // "how many swimmers did we teach": the verb after "did we" is what was done, no word of a value ("Teach Pool")
        candidates.removeIf(m -> m.tokens().size() == 1 && m.value().strip().contains(" ")
                && doneBySubject(tokens, m.tokens().get(0)));
        // each value's words counted once, not again at every comparison of the sort
        Map<String, Integer> valueWords = new HashMap<>();
        candidates.forEach(m -> valueWords.computeIfAbsent(m.value(), v -> tokenizer.tokens(v).size()));
        candidates.sort(Comparator.comparingInt((ValueMention m) -> -m.tokens().size())
                .thenComparing(m -> Direction.against(tokens, m))
                .thenComparing(m -> !toldApart(tokens, m, candidates))
                // "in damaged condition" over return_reason and item_condition: the column the question names too
                .thenComparing(m -> !columnSaid(tokens, m))
                // "sunny vs cloudy" names the weather "Sunny" whole before the vendor "Sunny Woodworks" by a word of it
                .thenComparingInt(m -> valueWords.get(m.value()) - m.tokens().size())
                // "nova syndicate kda" over team and opponent: the data's first column of the value is its subject
                .thenComparingInt(m -> columns.indexOf(m.column()))
                .thenComparingInt(m -> m.column().values().indexOf(m.value())));
        List<ValueMention> chosen = new ArrayList<>();
        Set<Integer> used = new HashSet<>(taken);
        for (ValueMention m : candidates) {
            boolean kin = families.contains(m) && chosen.stream().anyMatch(o -> families.contains(o)
                    && o.tokens().equals(m.tokens()) && o.column().equals(m.column()));
            if (m.tokens().stream().noneMatch(used::contains) || kin) {
                chosen.add(m);
                used.addAll(m.tokens());
            }
        }
        chosen.sort(Comparator.comparingInt(m -> m.tokens().get(0)));
        leadingWords(tokens, chosen);
        chosen = withKin(chosen);
        for (int k = 1; k < chosen.size(); k++) {
            ValueMention before = chosen.get(k - 1);
            ValueMention m = chosen.get(k);
            int gap = m.tokens().get(0) - before.tokens().get(before.tokens().size() - 1);
            boolean listed = gap == 1 || gap == 2 && tokens.get(m.tokens().get(0) - 1).isAny(Set.of("and", "or", "nor", "+", "&"));
            boolean said = !negation(tokens, before.tokens().get(0)).isEmpty()
                    || tokens.get(before.tokens().get(0)).isAny(VALUE_NEGATIONS);
            boolean ownPrefix = prefixed(tokens.get(before.tokens().get(0)), before.value());
            if (before.negated() && said && !ownPrefix && !m.negated() && listed && before.column().equals(m.column())) {
                chosen.set(k, new ValueMention(m.column(), m.value(), m.tokens(), true));
            }
        }
        return chosen;
    }

    private static final Set<String> GRAINS = Set.of("hour", "day", "week", "month", "quarter", "year");
    private static final int FAMILY_VALUES = 20;

    /** "day" of "hour of the day": a unit of time said after "of (the)" and another unit. */
    private static boolean grainPhrase(List<Token> tokens, int at) {
        int of = at > 0 && tokens.get(at - 1).is("the") ? at - 2 : at - 1;
        return tokens.get(at).isAny(GRAINS) && of > 0 && tokens.get(of).is("of") && tokens.get(of - 1).lemmas().stream()
                .anyMatch(GRAINS::contains);
    }

    /**
     * "cancelled" or "cancellation" over a status holding cancelled_rider and cancelled_driver: a word that is, or is
     * derived from, the first word several values share names all of them, where no value is that word alone.
     */
    private List<ValueMention> families(List<Token> tokens, List<DataColumn> columns, Set<Integer> taken) {
        List<ValueMention> found = new ArrayList<>();
        for (DataColumn c : columns) {
            // a status's few kinds ("cancelled_rider"), never titles or names that happen to start alike
            if (c.role() != ColumnRole.CATEGORY || c.distinct() > FAMILY_VALUES || c.values().size() > FAMILY_VALUES) {
                continue;
            }
            Map<String, List<String>> byFirst = new HashMap<>();
            for (String value : c.values()) {
                List<Token> words = tokenizer.tokens(value);
                // words after words ("cancelled_rider"), never a code or a number ("SITE-04", "Store 101 - Main St"),
                // nor a proper name ("North Dakota" is no kind of north)
                boolean coded = value.contains("_") || value.equals(value.toLowerCase(java.util.Locale.ROOT));
                if (coded && words.size() > 1 && words.stream().allMatch(w -> w.lower().matches("\\p{L}{3,}"))) {
                    byFirst.computeIfAbsent(words.get(0).lower(), k -> new ArrayList<>()).add(value);
                }
            }
            byFirst.forEach((first, values) -> {
                Token head = tokenizer.tokens(first).get(0);
                boolean alone = c.values().stream().anyMatch(v -> v.strip().equalsIgnoreCase(first))
                        || c.words().contains(first); // "store" of a Store column is the column
                if (values.size() < 2 || alone) {
                    return;
                }
                for (Token q : tokens) {
                    boolean named = same(q, head) || q.lower().length() >= 4 && head.lemmas().stream()
                            .anyMatch(tokenizer.derivations(q)::contains);
                    if (!taken.contains(q.index()) && named) {
                        values.forEach(v -> found.add(new ValueMention(c, v, List.of(q.index()), negated(tokens, q.index()))));
                    }
                }
            });
        }
        return found;
    }

    /**
     * Each value with the values of its column that are another form of the same word, said before it: "adopted" names
     * "Adopted" and "Adoption" of an outcome, one thing written as a participle and as its noun (WordNet derives both
     * from "adopt"). Only single words of a column of a few kinds.
     */
    private List<ValueMention> withKin(List<ValueMention> chosen) {
        List<ValueMention> all = new ArrayList<>();
        for (ValueMention m : chosen) {
            DataColumn c = m.column();
            boolean kinds = c.role() == ColumnRole.CATEGORY && c.values().size() <= FAMILY_VALUES;
            Set<String> roots = kinds ? roots(m.value()) : Set.of();
            if (!roots.isEmpty()) {
                c.values().stream().filter(v -> !CaseVariants.normal(v).equals(CaseVariants.normal(m.value())))
                        .filter(v -> roots(v).stream().anyMatch(roots::contains))
                        .filter(v -> chosen.stream().noneMatch(o -> o.column().equals(c) && o.value().equals(v)))
                        .forEach(v -> all.add(new ValueMention(c, v, m.tokens(), m.negated())));
            }
            all.add(m);
        }
        return all;
    }

    /** The word a one-word value is a form of ("adopt" of Adopted and of Adoption), empty for values of other shapes. */
    private Set<String> roots(String value) {
        String v = value.strip();
        if (!v.matches("\\p{L}{4,}")) {
            return Set.of();
        }
        Token t = tokenizer.tokens(v).get(0);
        Set<String> roots = new HashSet<>(tokenizer.derivations(t));
        t.lemmas().stream().filter(l -> l.length() >= 4 && !l.equals(t.lower())).forEach(roots::add);
        return roots;
    }

    /** Whether a word of the value's column's name is said right beside the value: "damaged condition". */
    private static boolean columnSaid(List<Token> tokens, ValueMention m) {
        int first = m.tokens().get(0);
        int last = m.tokens().get(m.tokens().size() - 1);
        return java.util.stream.Stream.of(first - 1, last + 1).filter(i -> i >= 0 && i < tokens.size()).map(tokens::get)
                .anyMatch(t -> m.column().words().stream().anyMatch(w -> t.lower().equals(w) || t.lemmas().contains(w)));
    }

    /**
     * "the downtown club" in "visit duration at the downtown club" over home_club and visited_club: of the columns that
     * hold the value, the one whose own word the question says elsewhere ("visit" of "visited").
     */
    private static boolean toldApart(List<Token> tokens, ValueMention m, List<ValueMention> all) {
        return all.stream().filter(o -> o.tokens().equals(m.tokens()) && !o.column().equals(m.column()))
                .anyMatch(o -> WordRoots.ownWords(m.column(), o.column()).stream()
                        .anyMatch(w -> WordRoots.saidBesides(tokens, m.tokens(), w)));
    }

    /**
     * "rated R": a word that matched a negated value ("Not Rated") only by its rest, right before another value of
     * the same column, is the word that leads to that value, not a value of its own; "not rated R" negates it.
     */
    private static void leadingWords(List<Token> tokens, List<ValueMention> chosen) {
        for (int k = 0; k + 1 < chosen.size(); k++) {
            ValueMention lead = chosen.get(k);
            ValueMention next = chosen.get(k + 1);
            boolean adjacent = lead.column().equals(next.column())
                    && next.tokens().get(0) == lead.tokens().get(lead.tokens().size() - 1) + 1;
            // "not rated R": the value "Not Rated" said whole is the negation of the value after it
            boolean saysNot = !lead.negated() && tokens.get(lead.tokens().get(0)).isAny(VALUE_NEGATIONS);
            if (adjacent && (saysNot || lead.negated() && negation(tokens, lead.tokens().get(0)).isEmpty())) {
                List<Integer> span = new ArrayList<>(lead.tokens());
                span.addAll(next.tokens());
                chosen.set(k + 1, new ValueMention(next.column(), next.value(), span, saysNot || next.negated()));
                chosen.remove(k);
            }
        }
    }

    /**
     * A value that is itself a negation ("Not riot-related", "non smoker") is named, negated, by the words after its
     * negation: "riot related" means every row but the "Not riot-related" ones. A word another column is named by
     * names that column: "the driver" is driver_id, not every delay reason but "No driver".
     */
    private List<ValueMention> complement(List<Token> tokens, DataColumn c, String value, Set<Integer> taken,
            List<DataColumn> columns) {
        List<Token> words = tokenizer.tokens(value);
        if (words.size() < 2 || !words.get(0).isAny(VALUE_NEGATIONS)) {
            return List.of();
        }
        if (words.size() == 2 && namedByAnother(columns, c, words.get(1).lower())) {
            return List.of();
        }
        String rest = String.join(" ", words.subList(1, words.size()).stream().map(Token::text).toList());
        return find(tokens, c, value, rest, taken).stream()
                .map(m -> new ValueMention(c, value, m.tokens(), !m.negated())).toList();
    }

    /** Whether a column other than the value's own has the word in its name: the word then names that column. */
    private static boolean namedByAnother(List<DataColumn> columns, DataColumn own, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return columns.stream().anyMatch(o -> o != own && o.words().contains(w));
    }

    /** In how many of the column's values each word appears. */
    private Map<String, Integer> wordUse(DataColumn c) {
        Map<String, Integer> use = new HashMap<>();
        if (c.values().size() > DISTINCTIVE_VALUES || c.notes()) {
            return use;
        }
        // a value written several ways ("Lakeshore Marathon", "LAKESHORE MARATHON ") is one value
        Set<String> seen = new HashSet<>();
        for (String value : c.values()) {
            if (seen.add(CaseVariants.normal(value))) {
                tokenizer.tokens(value).stream().map(Token::lower).distinct().forEach(w -> use.merge(w, 1, Integer::sum));
            }
        }
        return use;
    }

    /**
     * The first word of a value of several words when no other value of its column holds it: "nuclear" names
     * "Nuclear Energy" and "fossil" names "Fossil Fuels" where the other sources are "Renewables".
     */
    private List<String> distinctive(String value, Map<String, Integer> wordUse) {
        if (wordUse.isEmpty()) {
            return List.of();
        }
        List<Token> words = tokenizer.tokens(value);
        if (words.size() < 2) {
            return List.of();
        }
        // The first word only: the modifier that tells the values apart, never the generic head noun after it
        // ("Energy", "States" of "Federated States of Micronesia").
        Token first = words.get(0);
        return !first.isNumber() && !FunctionWords.is(first) && first.lower().length() >= 4
                && wordUse.getOrDefault(first.lower(), 0) == 1 ? List.of(first.text()) : List.of();
    }

    /** Whether the column writes the word mostly in capitals: "IN" more often than "in " (values go by frequency). */
    private static boolean writtenInCapitals(DataColumn c, String word) {
        for (String v : c.values()) {
            if (v.strip().equalsIgnoreCase(word)) {
                return !v.strip().equals(word);
            }
        }
        return false;
    }

    /** Where the question names {@code value} of {@code c} as {@code form}: the value itself or one of its aliases. */
    private List<ValueMention> find(List<Token> tokens, DataColumn c, String value, String form, Set<Integer> taken) {
        List<ValueMention> found = new ArrayList<>();
        String v = form.strip();
        if (DIGITS.matcher(v).matches() && form.equals(value) && c.type().startsWith("VARCHAR")) {
            return numbered(tokens, c, value, taken); // "route 12": a number written as a label
        }
        java.util.regex.Matcher initial = INITIAL_AND_NUMBER.matcher(v);
        if (initial.matches() && form.equals(value)) {
            found.addAll(numbered(tokens, c, value, initial.group(1), initial.group(2), taken)); // "zone 5" of "Z5"
        }
        if (v.isEmpty() || NUMBER.matcher(v).matches() || Catalog.totals(List.of(v)).contains(v)) {
            return found;
        }
        List<Token> words = tokenizer.tokens(v);
        if (words.isEmpty()) {
            return found;
        }
        boolean plainWords = words.stream().allMatch(FunctionWords::is) && !"us".equalsIgnoreCase(v);
        if (plainWords && v.equals(v.toLowerCase(Locale.ROOT)) && writtenInCapitals(c, v)) {
            return found; // "in " beside "IN": a code's careless spelling, never the preposition of "in 2024"
        }
        // "usa", "uk" in lower case are the countries still: no English word is written so
        boolean code = (form.equals(value) ? v.length() <= 3 && v.equals(v.toUpperCase()) && !Set.of("USA", "UK").contains(v)
                : ValueAliases.code(v))
                || plainWords;
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < words.size() && all; j++) {
                Token q = tokens.get(i + j);
                Token w = words.get(j);
                // an alias is matched as written (its list holds its forms): "many" is not "man"
                all = !taken.contains(i + j) && (code
                        ? q.text().equals(w.text()) || lowerCode(q, w, c, before(tokens, i + j)) || pluralCode(q, w)
                                || letterBesideName(tokens, i + j, w, c)
                        : (form.equals(value) ? same(q, w) : q.lower().equals(w.lower()))
                                || words.size() == 1 && tokenizer.pertainyms(q.lower()).contains(w.lower())
                                || words.size() == 1 && form.equals(value) && stateOf(q, w)
                                || words.size() == 1 && form.equals(value) && (rateOf(tokens, i, q, w)
                                        || eventNounOf(tokens, i, q, w))
                                || j > 0 && j == words.size() - 1 && form.equals(value) && stemOf(q, w));
            }
            boolean opposite = !all && !code && words.size() == 1 && form.equals(value) && !taken.contains(i)
                    && opposite(tokens.get(i), words.get(0), c);
            if (opposite) {
                found.add(new ValueMention(c, value, List.of(i), true)); // "unexcused": every value but "excused"
                continue;
            }
            if (all && "us".equalsIgnoreCase(v) && i > 0 && tokens.get(i - 1).isAny(ADDRESSED)) {
                all = false; // "show us", "tell us": the pronoun, not the country
            }
            if (all && words.size() == 1 && c.values().size() > DISTINCTIVE_VALUES && inflected(tokens.get(i))) {
                all = false; // "movies made more than …": a verb of the question, not the film "Made" among thousands
            }
            if (all) {
                List<Integer> span = new ArrayList<>();
                for (int j = 0; j < words.size(); j++) {
                    span.add(i + j);
                }
                found.add(new ValueMention(c, value, span, negated(tokens, i)));
            }
        }
        return found;
    }

    /**
     * A label written in digits ("12" of Route): only right after a word of its column's name ("route 12", "on rt
     * 40"), since any other number is more likely a count, a year or a threshold.
     */
    private List<ValueMention> numbered(List<Token> tokens, DataColumn c, String value, Set<Integer> taken) {
        return numbered(tokens, c, value, "", value.strip(), taken);
    }

    /**
     * A label written as its word's initial and a number ("Z5" of delivery_zone): "zone 5", the word one of its
     * column's name.
     */
    private List<ValueMention> numbered(List<Token> tokens, DataColumn c, String value, String letter, String number,
            Set<Integer> taken) {
        List<ValueMention> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token q = tokens.get(i);
            Token before = tokens.get(i - 1);
            boolean named = c.words().stream().anyMatch(w -> before.is(w) || before.lower().length() >= 2
                    && ColumnLinker.contraction(before.lower(), w))
                    && before.lower().startsWith(letter.toLowerCase(Locale.ROOT));
            if (!taken.contains(i) && q.isNumber() && q.text().equals(number) && named) {
                List<Integer> span = taken.contains(i - 1) ? List.of(i) : List.of(i - 1, i); // the column's word too
                found.add(new ValueMention(c, value, span, negated(tokens, i - 1)));
            }
        }
        return found;
    }

    /** Whether the token is the verb of a subject asked about: "did we teach", "do you stock", "have they sold". */
    static boolean doneBySubject(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).isAny(SUBJECTS) && tokens.get(at - 2).isAny(AUXILIARIES);
    }

    /** "opened", or "open" as the verb of a question ("how many PRs did dev3 open"): the act of opening, every row's. */
    public static boolean opening(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        return word.equals("opened") || word.equals("open") && tokens.subList(Math.max(0, at - 4), at).stream()
                .anyMatch(t -> t.isAny(Set.of("did", "does", "do")));
    }

    /**
     * "non refundable" of the value "Non Refund": the last word of a value of several words, its question word that
     * word with a suffix made from it (refund-able), once the words before have matched.
     */
    private static boolean stemOf(Token q, Token w) {
        String word = w.lower();
        return word.length() >= 5 && q.lower().startsWith(word) && q.lower().length() - word.length() <= 4
                && q.lower().substring(word.length()).matches("able|ible|ed|ing|al|ment");
    }

    /**
     * A word written in lower case as a verb's past form ("made" of make, "sold" of sell, "released"); a plural
     * ("jaws", "secretaries") is not one.
     */
    static boolean inflected(Token t) {
        String w = t.lower();
        return t.text().equals(w) && t.lemmas().stream().anyMatch(l -> !l.equals(w) && l.length() >= 3
                && (w.endsWith("ed") || !w.startsWith(l) && !w.endsWith("s")));
    }

    /**
     * "ibm" for the code IBM: three letters written in lower case that are no English word ("cat" is not CAT), or any
     * three letters where a place is said ("flights to lax") in a column of such codes; letters and a number ("p1" of
     * P1) are no word at all.
     */
    private boolean lowerCode(Token q, Token w, DataColumn c, Token before) {
        if (q.lower().equals(w.lower()) && LETTERS_AND_NUMBER.matcher(w.text()).matches()) {
            return true;
        }
        if (w.text().length() != 3 || !q.lower().equals(w.lower()) || FunctionWords.is(q)) {
            return false;
        }
        boolean place = before != null && before.isAny(PLACE)
                && c.values().stream().allMatch(v -> v.matches("[A-Z]{3}"));
        return place || tokenizer.notAWord(q.lower());
    }

    /**
     * "c dock", "dock c": a letter written small beside a word of its column's name is the letter the column holds
     * ("C" of berth_dock); "a" stays the article.
     */
    private static boolean letterBesideName(List<Token> tokens, int at, Token w, DataColumn c) {
        Token q = tokens.get(at);
        if (!w.text().matches("\\p{Lu}") || !q.text().equals(w.text().toLowerCase(Locale.ROOT)) || q.is("a")) {
            return false;
        }
        return java.util.stream.Stream.of(at - 1, at + 1).filter(k -> k >= 0 && k < tokens.size()).map(tokens::get)
                .anyMatch(t -> c.words().stream().anyMatch(n -> t.is(n) || t.lemmas().contains(n)));
    }

    /** "suvs", "SUVs", "VIPs": the plural of a value written in capitals, which no dictionary inflects. */
    private static boolean pluralCode(Token q, Token w) {
        return CODE.matcher(w.text()).matches() && q.text().equalsIgnoreCase(w.text() + "s")
                && q.text().endsWith("s");
    }

    private static Token before(List<Token> tokens, int i) {
        return i > 0 ? tokens.get(i - 1) : null;
    }

    private static boolean same(Token q, Token w) {
        if (q.isNumber() || w.isNumber()) {
            return q.isNumber() && w.isNumber() && q.number().equals(w.number());
        }
        if (q.lower().equals(w.lower())) {
            return true;
        }
        if (q.lower().length() < 3 || w.lower().length() < 3) {
            return false;
        }
        // either side may be the inflected one: "sunny" → sun, and "renewable" for the value "Renewables"
        return q.lemmas().contains(w.lower()) || plural(q.lower(), w) || eventsOf(q, w) || doersOf(q, w);
    }

    /** "finishers" of the status "finished", "completers" of "completed": those who did what the value says was done. */
    private static boolean doersOf(Token q, Token w) {
        return DOERS.matcher(q.lower()).matches() && PAST.matcher(w.lower()).matches()
                && w.lower().equals(q.lower().replaceAll("ers?$", "") + "ed");
    }

    /**
     * "absences" of the status "absent", "tardiness" of "tardy": a noun of a state (-ence, -ness, -ity …) names the
     * adjective WordNet derives it from. Only such nouns: "height" is no value "High".
     */
    private boolean stateOf(Token q, Token w) {
        return STATE.matcher(q.lower()).matches() && tokenizer.qualities(q).contains(w.lower());
    }

    private static final Set<String> SET_ASIDE = Set.of("excluding", "excl", "except", "without", "ignoring", "minus",
            "no", "not", "non");

    /** The words after a noun that make it the thing a share counts: "success rate", "approval %". */
    private static final Set<String> RATES = Set.of("rate", "rates", "%", "pct", "percent", "percentage", "ratio", "share");

    /**
     * "success rate" of the state "successful", "approval rate" of "approved", "cancellation %" of "cancelled": a noun
     * before a word of a share names the value WordNet derives from it, as an adjective or as its verb's participle.
     */
    private boolean rateOf(List<Token> tokens, int at, Token q, Token w) {
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        if (next == null || !next.isAny(RATES) || w.lower().length() < 4) {
            return false;
        }
        String value = w.lower();
        boolean suffixed = q.lower().length() >= 5 && value.startsWith(q.lower()) && value.length() - q.lower().length() <= 3;
        return suffixed || tokenizer.qualities(q).contains(value) || tokenizer.derivations(q).stream()
                .anyMatch(v -> value.equals(v + "ed") || value.equals(v + "d") || value.equals(v + "led"));
    }

    /**
     * "unexcused", "unpaid", "nonrefundable": the value with a negating prefix, where the column holds no value written
     * so itself ("Unpaid" beside "Paid" is its own value).
     */
    private static boolean opposite(Token q, Token w, DataColumn c) {
        String said = q.lower();
        String rest = unprefixed(said);
        return rest != null && rest.length() >= 4 && (rest.equals(w.lower()) || w.lemmas().contains(rest))
                && c.values().stream().noneMatch(v -> v.equalsIgnoreCase(said));
    }

    /** Whether the word negates the value by a prefix of its own: "unexcused" of "Excused" (not "Unpaid" of "Unpaid"). */
    public static boolean prefixed(Token said, String value) {
        String rest = unprefixed(said.lower());
        return rest != null && !said.lower().equalsIgnoreCase(value) && rest.equalsIgnoreCase(value.strip());
    }

    private static String unprefixed(String word) {
        return word.startsWith("non") ? word.substring(3) : word.startsWith("un") ? word.substring(2) : null;
    }

    /**
     * "excluding cancellations" of the status "Cancelled", "without refunds" of "refunded": the noun of the events a
     * participle value says happened, as WordNet derives both from one verb, set aside. Only after words that set
     * aside: "applications" alone are the rows of job applications, not those "applied".
     */
    private boolean eventNounOf(List<Token> tokens, int at, Token q, Token w) {
        Token before = at > 0 ? tokens.get(at - 1) : null;
        return before != null && before.isAny(SET_ASIDE) && q.lower().matches("\\p{L}{3,}(tion|sion|ment|al)s")
                && w.lower().matches("\\p{L}{3,}ed")
                && tokenizer.derivations(q).stream().anyMatch(w.lemmas()::contains);
    }

    /** "hires" of the status "hired", "returns" of "Returned": the events a participle value says happened. */
    private static boolean eventsOf(Token q, Token w) {
        return PLURAL.matcher(q.lower()).matches() && PAST.matcher(w.lower()).matches()
                && q.lemmas().stream().anyMatch(l -> l.length() >= 3 && w.lemmas().contains(l));
    }

    /** The value is the plural of the question's word (not merely any word the value's lemmas reach). */
    private static boolean plural(String q, Token w) {
        return q.length() >= 4 && !FunctionWords.is(w) && w.lower().startsWith(q) && w.lower().length() - q.length() <= 2
                && w.lemmas().contains(q);
    }

    /** A negation right before the value, or before the prepositions and articles that lead to it ("not in the USA"). */
    private static boolean negated(List<Token> tokens, int at) {
        return !negation(tokens, at).isEmpty();
    }

    /** The words that negate the value at {@code at} and lead to it ("not", "in", "the"), or none. */
    public static List<Integer> negation(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= 3 && tokens.get(k).isAny(LEADING)) {
            k--;
        }
        for (int j = Math.max(0, Math.min(k, at - 1) - 1); j <= k; j++) {
            Token t = tokens.get(j);
            if (t.is("non") && j < at - 1) {
                continue; // a prefix of the next word only: "non-surge completed trips" are completed
            }
            // "leave out live + canceled", "dont count live/canceled": two words that set the values aside
            boolean pair = j > 0 && (t.is("than") && tokens.get(j - 1).is("other")
                    || t.is("out") && tokens.get(j - 1).isAny(Set.of("leave", "leaving", "left", "leaves"))
                    || t.isAny(Set.of("count", "counting", "include", "including")) && tokens.get(j - 1).isAny(NOT_DOING));
            if (t.isAny(NEGATIONS) || pair) {
                List<Integer> span = new ArrayList<>();
                for (int i = pair ? j - 1 : j; i < at; i++) {
                    span.add(i);
                }
                return span;
            }
        }
        return List.of();
    }
}
