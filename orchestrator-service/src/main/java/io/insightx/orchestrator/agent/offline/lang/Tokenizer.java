package io.insightx.orchestrator.agent.offline.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens: numbers (with thousands separators, decimals, a sign, a percent sign, k/m suffixes),
 * words (camelCase and snake_case split, as column names are written), decades ("1990s", "90s") and comparison
 * symbols, and the arithmetic operators written between spaces ("high - low"). Each word gets its lemmas from the
 * {@link Lexicon}.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}(-\\d{2})?)\\b|(?<decade>'?\\d{2,4}'?s)\\b|(?<num>-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?\\.\\d+)(?<suffix>%|k\\b|m\\b|bn\\b)?"
                    + "|(?<slashed>\\p{L}/(?=\\p{L}))|(?<word>\\p{L}[\\p{L}\\p{N}'’]*((?<=\\p{N})\\.\\p{N}+)?)"
                    + "|(?<sym>>=|<=|!=|<>|[<>=%]|#(?!\\s*\\d)|[()×]|[$€£](?!\\s*[\\d.])|(?<=\\s)[-+*/](?=\\s)"
                    + "|(?<=\\p{N})\\+|(?<=[\\p{L})])\\+(?=[\\p{L}(])|(?<=\\))/|/(?=\\())");

    /** A comma, colon or semicolon between two tokens: a pause no column's name runs across. */
    private static final Pattern PAUSE = Pattern.compile("[,:;]");

    /** Numbers written as words; "one" is left out, it is mostly a pronoun ("which one"). */
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("twenty", 20.0), Map.entry("hundred", 100.0),
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9));

    /**
     * Shorthand of everyday English and of exports, read as the word it stands for ("ppl" → people, "txn" →
     * transaction): its letters are not the word's in order, so no rule of contraction finds it.
     */
    private static final Map<String, String> SHORTHAND = Map.of("ppl", "people", "hrs", "hours",
            "mins", "minutes", "num", "number", "nbr", "number", "txn", "transaction", "trx", "transaction",
            "txns", "transactions", "xfer", "transfer");

    /** The word a shorthand stands for ("txn" → transaction), or null. */
    public static String spelledOut(String word) {
        return SHORTHAND.get(word);
    }

    /**
     * "didn't", "didnt", "wasnt": an auxiliary and its "not" in one word, typed with or without the apostrophe, read as
     * "not" by every step that reads a negation.
     */
    private static final Pattern NEGATED = Pattern.compile(
            "(do|does|did|is|are|was|were|has|have|had|wo|ca|could|should|would|ai)n'?t");

    /** Words a question is built on, read through two letters typed the wrong way round ("whcih", "avreage", "teh"). */
    private static final Set<String> FRAME_WORDS = Set.of("which", "what", "where", "when", "many", "much", "average",
            "total", "number", "percent", "between", "the");

    /** Texts read and kept, at most: a dataset's values are many, but far fewer than this. */
    private static final int KEPT = 200_000;

    private final Lexicon lexicon;
    /**
     * The tokens of each text read: every question reads the values and names of its dataset again, and reading
     * them (with WordNet's lemmas) was a fifth of the time a question took. A text always reads the same.
     */
    private final Map<String, List<Token>> read = new ConcurrentHashMap<>();

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The text's tokens, in a list of the caller's own. */
    public List<Token> tokens(String text) {
        List<Token> tokens = read.get(text);
        if (tokens == null) {
            tokens = List.copyOf(read(text));
            if (read.size() >= KEPT) {
                read.clear();
            }
            read.put(text, tokens);
        }
        return new ArrayList<>(tokens);
    }

    private List<Token> read(String text) {
        List<Token> tokens = new ArrayList<>();
        String split = splitNames(text);
        Matcher m = TOKEN.matcher(split);
        int end = 0;
        while (m.find()) {
            int i = tokens.size();
            boolean pause = i > 0 && PAUSE.matcher(split.substring(end, m.start())).find();
            end = m.end();
            if (m.group("date") != null) {
                tokens.add(new Token(i, m.group("date"), m.group("date"), Set.of(), null));
            } else if (m.group("decade") != null) {
                String d = m.group("decade").replace("'", "").toLowerCase(Locale.ROOT);
                tokens.add(new Token(i, d, d, Set.of(d), null));
            } else if (m.group("num") != null) {
                double value = Double.parseDouble(m.group("num").replace(",", ""));
                String suffix = m.group("suffix") == null ? "" : m.group("suffix").toLowerCase(Locale.ROOT);
                value *= switch (suffix) {
                    case "k" -> 1_000;
                    case "m" -> 1_000_000;
                    case "bn" -> 1_000_000_000;
                    default -> 1;
                };
                tokens.add(new Token(i, m.group("num"), m.group("num"), Set.of(), value));
                if ("%".equals(suffix)) {
                    tokens.add(new Token(i + 1, "%", "%", Set.of("percent"), null));
                }
            } else if (m.group("slashed") != null) {
                // "t/ha": a one-letter unit over another is a word said, never a letter to pass over
                String w = m.group("slashed").toLowerCase(Locale.ROOT);
                tokens.add(new Token(i, m.group("slashed"), w, Set.of(w), null));
            } else if (m.group("word") != null) {
                String w = m.group("word").replace("’", "'");
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.endsWith("'s")) {
                    lower = lower.substring(0, lower.length() - 2);
                }
                lower = unswapped(lower);
                Double spelled = NUMBER_WORDS.get(lower);
                Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                if ("then".equals(lower) && previous != null
                        && previous.lower().matches("more|less|fewer|other|\\p{L}{2,}er")) {
                    lower = "than"; // "more then 50 tickets": the comparison, typed as it sounds
                }
                if ("diff".equals(lower) && previous != null && previous.isAny(Set.of("many", "#"))) {
                    lower = "different"; // "how many diff sellers"; "the diff between" is a difference
                }
                if ("one".equals(lower) && previous != null && previous.isAny(Set.of("only", "just", "exactly", "than"))) {
                    spelled = 1.0; // "only one airport", "more than one line" count; "which one" is a pronoun
                }
                if (spelled != null && spelled >= 1000 && previous != null && (previous.isNumber() || previous.is("a"))) {
                    // "3 million", "a million"
                    double base = previous.isNumber() ? previous.number() : 1;
                    tokens.set(tokens.size() - 1, new Token(previous.index(), previous.text() + " " + w, lower, Set.of(),
                            base * spelled, previous.afterPause()));
                } else {
                    Set<String> lemmas = SHORTHAND.containsKey(lower) ? Set.of(lower, SHORTHAND.get(lower))
                            : NEGATED.matcher(lower).matches() ? Set.of(lower, "not") : lexicon.lemmas(lower);
                    tokens.add(new Token(i, w, lower, lemmas, spelled));
                }
            } else {
                String s = m.group("sym");
                // "# of hours": the number of; "#1" is left to the number. "unpaid $ per walker": a currency sign no
                // number follows is the money itself
                Set<String> lemmas = s.equals("#") ? Set.of("number") : s.matches("[$€£]") ? Set.of("money") : Set.of();
                tokens.add(new Token(i, s, s, lemmas, null));
            }
            if (pause && tokens.size() > i) {
                tokens.set(i, tokens.get(i).paused());
            }
        }
        return phrasalVerbs(tokens);
    }

    /** The frame word a word no dictionary knows is with two neighbouring letters swapped back, or the word. */
    private String unswapped(String lower) {
        if (lower.length() < 3 || !lexicon.unknown(lower)) {
            return lower;
        }
        for (int k = 0; k + 1 < lower.length(); k++) {
            String swapped = lower.substring(0, k) + lower.charAt(k + 1) + lower.charAt(k) + lower.substring(k + 2);
            if (FRAME_WORDS.contains(swapped)) {
                return swapped;
            }
        }
        return lower;
    }

    /** The particles a verb is read with ({@link #phrasalVerbs}). */
    public static final Set<String> PARTICLES = Set.of("up", "down");
    /**
     * The meanings a phrase is read for: a rise or a fall. Others ("ended up" → finish, "racked up" → score) would
     * lend the verb senses that link it to columns and values it never named.
     */
    private static final Set<String> MOVES = Set.of("rise", "fall", "increase", "decrease", "climb", "drop", "descend",
            "sink", "grow", "shrink", "decline");

    /**
     * "went up", "go down": a verb and its particle also mean the rise or fall the phrase means, both words,
     * so the phrase is read whole as a change, and neither word is left over.
     */
    private List<Token> phrasalVerbs(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token verb = tokens.get(i);
            Token particle = tokens.get(i + 1);
            if (!PARTICLES.contains(particle.lower()) || verb.isNumber() || !verb.lower().matches("\\p{L}{2,}")) {
                continue;
            }
            Set<String> meaning = moves(verb, particle);
            if (meaning.isEmpty()) {
                continue;
            }
            mean(tokens, i, meaning);
            mean(tokens, i + 1, meaning);
            // "go up or down": the second particle said of the same verb
            Token other = i + 3 < tokens.size() ? tokens.get(i + 3) : null;
            if (other != null && tokens.get(i + 2).isAny(Set.of("or", "and")) && PARTICLES.contains(other.lower())) {
                mean(tokens, i + 3, moves(verb, other));
            }
        }
        return tokens;
    }

    private Set<String> moves(Token verb, Token particle) {
        Set<String> meaning = new LinkedHashSet<>(lexicon.phrasal(verb.lower(), particle.lower()));
        meaning.retainAll(MOVES);
        return meaning;
    }

    private static void mean(List<Token> tokens, int k, Set<String> meaning) {
        Token t = tokens.get(k);
        Set<String> lemmas = new LinkedHashSet<>(t.lemmas());
        lemmas.addAll(meaning);
        tokens.set(k, t.withLemmas(Set.copyOf(lemmas)));
    }

    /** Whether WordNet knows the (lower-case) word, without caching the answer: for strings tried, not read. */
    public boolean knownUncached(String lower) {
        return lexicon.knownUncached(lower);
    }

    /** Whether a (lower-case) word names a food or a substance ("honey" of honeyKg): an amount of it adds up. */
    public boolean substance(String lower) {
        return lower.length() >= 3 && lexicon.substance(lower);
    }

    /** Whether a (lower-case) word is no English word WordNet knows: "ibm" may be the code IBM, "cat" is not CAT. */
    public boolean notAWord(String lower) {
        return lexicon.unknown(lower);
    }

    /** The nouns an adjective pertains to: "japanese" → japan, so "japanese cars" names the value Japan. */
    public Set<String> pertainyms(String lower) {
        return lower.length() < 4 ? Set.of() : lexicon.pertainyms(lower);
    }

    /** The adjectives whose state a noun names: "absences" are of the value "absent". */
    public Set<String> qualities(Token t) {
        Set<String> found = new java.util.LinkedHashSet<>();
        t.lemmas().stream().filter(l -> l.length() >= 4).forEach(l -> found.addAll(lexicon.qualities(l)));
        return found;
    }

    /** The verbs WordNet says the token's nouns are made from: "cancellation" → cancel. */
    public Set<String> derivations(Token t) {
        Set<String> found = new java.util.LinkedHashSet<>();
        t.lemmas().stream().filter(l -> l.length() >= 4).forEach(l -> found.addAll(lexicon.derivations(l)));
        return found;
    }

    /** The words of a name as a question would write them: "Beak Length (mm)", "temp_max", "lifeExpect". */
    public List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens(name.replaceAll("\\([^)]*\\)", " "))) {
            words.add(t.lower());
        }
        return words;
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** Two months joined by a dash: "jan-jun 2025", "March–May" are a range, read as "jan to jun". */
    private static final Pattern DASHED_MONTHS = Pattern.compile("(?i)\\b" + MONTH + "\\s*[-–]\\s*" + MONTH + "\\b");

    /** Where camelCase joins words; in "checkInTime" a capitalised word of two letters ("In") is one of them too. */
    private static final Pattern WORD_JOINS = Pattern.compile("(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Z][a-z])(?=[A-Z][a-z])"
            + "|(?<=[^A-Za-z][a-z]|^[a-z])(?=[A-Z][a-z]{3})");

    /**
     * camelCase and snake_case apart ("readingDate", "peak_kw"), but not a unit's one-letter prefix: "kWh_used" is kWh
     * used, "mL" stays one word; two months joined by a dash read as a range ({@link #DASHED_MONTHS}).
     */
    private static String splitNames(String text) {
        text = DASHED_MONTHS.matcher(text).replaceAll("$1 to $2");
        return WORD_JOINS.matcher(text).replaceAll(" ").replace('_', ' ');
    }
}
