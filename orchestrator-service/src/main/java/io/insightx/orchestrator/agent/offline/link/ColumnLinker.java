package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.RowWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;

/**
 * Links the question's words to columns: a word matches a word of a column's name by lemma ("islands" → Island),
 * by abbreviation ("temperature" → temp), by WordNet synonym ("bill" → Beak) or as the attribute an adjective
 * measures ("heaviest" → mass/weight, "tallest" → height), and by initials either way round ("mpg" → Miles_per_Gallon,
 * "first call resolution" → fcr). Adjacent words matching the same column form one mention;
 * the best mentions win their words, and a tie between columns is kept as alternatives.
 */
public final class ColumnLinker {

    // compiled once: asked of every word of a question against every column (and PAST of every value's word)
    public static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile("\\p{L}{3,}ed");
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile("\\p{L}{3,}(ed|ing)");
    private static final java.util.regex.Pattern NOUN_OF_ACT =
            java.util.regex.Pattern.compile("\\p{L}+(ion|ment|al|ure|ance|ence)");
    private static final java.util.regex.Pattern LOWER_LETTERS = java.util.regex.Pattern.compile("[a-z]+");
    private static final double SAME = 1.0;
    private static final double ABBREVIATION = 0.8;
    private static final double RELATED = 0.7;
    private static final double KIND = 0.6;
    /** The column-name words of a range's or a trip's ends, and the words people use for them. */
    private static final Map<String, Set<String>> EDGE_WORDS = Map.of("min", Set.of("low", "minimum"),
            "max", Set.of("high", "maximum"), "lo", Set.of("low"), "hi", Set.of("high"),
            "start", Set.of("pickup", "origin", "departure"), "end", Set.of("dropoff", "destination", "arrival"));
    private static final int KIND_SAMPLE = 6;
    /** Currency codes of a column's name ("price_usd"): units, never short for a word ("used" is no "usd"). */
    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "cad", "aud", "jpy", "inr", "chf", "cny");
    /** Words between a superlative and the column it ranks: "the highest avg close". */
    private static final Set<String> RANKED_FIGURES = Set.of("avg", "average", "mean", "median", "total", "daily",
            "monthly", "yearly", "annual");

    /** The shortest head a compound is read by: "guard" of lifeguard, not "time" of overtime. */
    private static final int COMPOUND_HEAD = 5;
    private static final Set<String> PARTICLES = Set.of("over", "under", "out", "down", "up", "back", "off", "after",
            "in", "on", "by", "with", "through", "fore");

    private final Lexicon lexicon;

    public ColumnLinker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the word names the column only by a shorter root it is made from ("rating" of Rate), not as written nor
     * as its plural ("bowlers" of Bowler Count).
     */
    private static boolean byShorterRoot(Token t, DataColumn c) {
        String q = t.lower();
        return !c.words().contains(q) && c.words().stream().anyMatch(w -> w.length() < q.length()
                && t.lemmas().contains(w) && !q.equals(w + "s") && !q.equals(w + "es")
                && !q.equals(w.replaceAll("y$", "ies")));
    }

    /** The columns the tokens name, best first, each token used by one mention at most; {@code taken} are skipped. */
    public List<ColumnMention> link(List<Token> tokens, List<DataColumn> columns, Set<Integer> taken) {
        List<ColumnMention> candidates = new ArrayList<>();
        for (DataColumn c : columns) {
            candidates.addAll(mentions(tokens, c, taken));
        }
        // "which tech" names the technician, not the tech_notes said of them: a note is named by its head word
        List<ColumnMention> all = List.copyOf(candidates);
        candidates.removeIf(m -> m.column().notes() && !m.whole() && m.tokens().size() == 1
                && match(tokens.get(m.first()), head(m.column())) == 0 && all.stream()
                        .anyMatch(o -> o != m && !o.column().equals(m.column()) && o.tokens().equals(m.tokens())));
        // "transactions" names TxnID, never txn_timestamp: the time of a thing is no thing counted
        candidates.removeIf(m -> m.column().role().time() && m.tokens().size() == 1
                && byShorthand(tokens.get(m.first()), m.column()));
        // "rating" names Client Rating, never Rate by the verb it is made from: a word written as one column writes it
        // ("refund" still names the flag "refunded", the verb's own form of it)
        candidates.removeIf(m -> m.tokens().size() == 1 && byShorterRoot(tokens.get(m.first()), m.column())
                && all.stream().anyMatch(o -> o.tokens().equals(m.tokens()) && !o.column().equals(m.column())
                        && o.column().words().contains(tokens.get(m.first()).lower())));
        // "per load" over Load Sheeted?: a yes or no is named by its state ("sheeted"), never by what it is said of
        // alone ("guided" of guide_included says the state)
        candidates.removeIf(m -> thingOfAFlag(m, tokens));
        // of two columns a word names alike, the one of names before a category of codes: "agency" is Agency name
        candidates.sort(Comparator.comparingDouble(ColumnMention::score).reversed()
                .thenComparing(m -> m.whole() ? 0 : 1).thenComparingInt(m -> -m.tokens().size())
                .thenComparing(m -> spelledOut(tokens, m) ? 0 : 1) // "pm10" is pollutants_pm10 before pollutants_pm2_5
                .thenComparing(m -> dateOf(tokens, m) ? 0 : 1)
                .thenComparing(m -> m.column().role() == ColumnRole.CATEGORY
                        && m.column().words().stream().anyMatch(Roles.CODE_WORDS::contains) ? 1 : 0));
        List<ColumnMention> chosen = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (ColumnMention m : candidates) {
            if (m.tokens().stream().anyMatch(used::contains)) {
                continue;
            }
            List<DataColumn> ties = candidates.stream().filter(o -> o != m && o.tokens().equals(m.tokens())
                    && o.score() == m.score() && o.whole() == m.whole()
                    && spelledOut(tokens, o) == spelledOut(tokens, m) && dateOf(tokens, o) == dateOf(tokens, m))
                    .map(ColumnMention::column).toList();
            chosen.add(new ColumnMention(m.column(), m.tokens(), m.score(), m.whole(), ties));
            used.addAll(m.tokens());
        }
        chosen.sort(Comparator.comparingInt(ColumnMention::first));
        headNouns(chosen, tokens);
        // "the highest close": a superlative just before another column's name ranks it, it names no column "high"
        chosen.removeIf(m -> m.tokens().size() == 1 && superlative(tokens.get(m.first()))
                && m.column().words().stream().anyMatch(tokens.get(m.first()).lemmas()::contains)
                && chosen.stream().anyMatch(o -> o.first() == m.first() + 1 || o.first() == m.first() + 2
                        && RANKED_FIGURES.contains(tokens.get(m.first() + 1).lower())));
        return chosen;
    }

    /**
     * "by pickup date", "pickup day" over pickupBranch and pickup_time: a word naming a date among other columns, said
     * before a date or a unit of time, names the date.
     */
    private static boolean dateOf(List<Token> tokens, ColumnMention m) {
        Token next = m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1) : null;
        // "turbine days" are days of each turbine, counted: a unit said in the plural names no date
        return m.column().role().time() && next != null
                && (TIME_UNITS.contains(next.lower()) || next.isAny(Set.of("date", "dates")));
    }

    /** Whether the mention's one word is written, letters and digits alike, in the column's name. */
    private static boolean spelledOut(List<Token> tokens, ColumnMention m) {
        String word = tokens.get(m.first()).lower().replaceAll("[^a-z0-9]", "");
        return m.tokens().size() == 1 && word.matches(".*\\d.*")
                && m.column().name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "").contains(word);
    }

    /**
     * "product category", "units on hand": a noun that names only a modifier of one column's name (the "product" of
     * product_name, the "unit" of unit_cost) right before the whole name of another is a modifier of that name, so
     * the words name the other column.
     */
    private void headNouns(List<ColumnMention> chosen, List<Token> tokens) {
        for (int k = chosen.size() - 2; k >= 0; k--) {
            ColumnMention modifier = chosen.get(k);
            ColumnMention head = chosen.get(k + 1);
            Token word = tokens.get(modifier.first());
            Token first = tokens.get(head.first());
            boolean modifies = modifier.tokens().size() == 1 && !modifier.whole() && !superlative(word)
                    && word.lemmas().stream().anyMatch(lexicon::noun)
                    && match(word, head(modifier.column())) == 0;
            // a head noun ("product category", never "oldest patient"), or a phrase that starts with a preposition
            boolean headed = FunctionWords.is(first) || !superlative(first)
                    && tokens.get(head.last()).lemmas().stream().anyMatch(lexicon::noun);
            // "pickup day", "order month": a date's name before a unit of time is that date at that grain, whatever
            // column the unit's word names ("days" rented)
            boolean grainOfDate = modifier.column().role().time() && first.isAny(TIME_UNITS);
            // "member cancels", "order returned": a yes/no is said of the noun before it, which is no modifier of it
            boolean saidOf = head.column().role() == ColumnRole.FLAG;
            if (modifies && head.whole() && head.first() == modifier.first() + 1 && headed && !grainOfDate && !saidOf
                    && !head.column().equals(modifier.column())) {
                List<Integer> span = new ArrayList<>(modifier.tokens());
                span.addAll(head.tokens());
                chosen.set(k + 1, new ColumnMention(head.column(), span, head.score(), true, head.alternatives()));
                chosen.remove(k);
            }
        }
    }

    /** Endings that make another word of a word: "rideable" of ride, "hourly" of hour, never a word cut short. */
    private static final Set<String> SUFFIXES = Set.of("able", "ible", "ness", "ment", "ation", "ition", "less",
            "ful", "ous", "ive", "ity", "ally", "ings", "ers", "ship", "hood", "ward", "wards", "like");

    private static final Set<String> TIME_UNITS = Set.of("hour", "day", "weekday", "week", "month", "quarter", "year");

    /** The last word of a column's name that is not its unit: "tip" of tip_usd, "distance" of distance_km. */
    private static String head(DataColumn c) {
        List<String> words = c.words();
        String last = words.get(words.size() - 1);
        boolean unit = words.size() > 1 && (last.equals(c.unit()) || CURRENCIES.contains(last));
        return unit ? words.get(words.size() - 2) : last;
    }

    /** "highest", "lowest": a superlative form, not the word itself. */
    private static boolean superlative(Token t) {
        return t.lower().endsWith("est") && t.lemmas().stream().anyMatch(l -> !l.equals(t.lower()));
    }

    /** Whether the token names the column only through a shorthand of its name ("transactions" of txn_timestamp). */
    private static boolean byShorthand(Token t, DataColumn c) {
        return c.words().stream().noneMatch(t::is) && c.words().stream()
                .anyMatch(w -> Tokenizer.spelledOut(w) != null && t.is(Tokenizer.spelledOut(w)));
    }

    /**
     * Whether the column's unit is a noun of the things it counts ("Screen Capacity (seats)", "Size (people)"): a word
     * then names the column by it. Never a unit of time or of measure, which other steps read.
     */
    private static boolean countedUnit(DataColumn c) {
        String unit = c.unit();
        return unit != null && unit.matches("\\p{L}{4,}") && !CURRENCIES.contains(unit)
                && !MEASURE_UNITS.contains(unit.replaceAll("s$", ""));
    }

    private static final Set<String> MEASURE_UNITS = Set.of("second", "minute", "hour", "day", "night", "week",
            "month", "year", "mile", "metre", "meter", "litre", "liter", "gram", "pound", "inche", "feet", "foot",
            "tonne", "acre", "hectare", "degree", "percent", "watt", "kilowatt", "gallon", "ounce", "calorie");

    /** Runs of adjacent tokens that match distinct words of the column's name. */
    private List<ColumnMention> mentions(List<Token> tokens, DataColumn c, Set<Integer> taken) {
        List<ColumnMention> found = new ArrayList<>();
        List<String> words = c.words().stream().filter(w -> w.length() > 1 || c.words().size() == 1).toList();
        String initials = initials(words);
        for (int i = 0; i < tokens.size(); i++) {
            Token t0 = tokens.get(i);
            if (words.size() == 1 && words.get(0).length() == 1 && !taken.contains(i) && t0.lower().equals(words.get(0))
                    && !t0.is("a")) {
                found.add(new ColumnMention(c, List.of(i), SAME + 0.5, true, List.of())); // "x" and "y" of columns X, Y
                continue;
            }
            if (t0.isNumber() && !taken.contains(i) && t0.text().equals(c.name())) {
                found.add(new ColumnMention(c, List.of(i), SAME + 0.5, true, List.of())); // "in 2015" of a column "2015"
                continue;
            }
            if (initials != null && !taken.contains(i) && t0.lower().equals(initials) && !FunctionWords.is(t0)
                    && lexicon.unknown(t0.lower())) {
                found.add(new ColumnMention(c, List.of(i), SAME + 0.5, true, List.of())); // "mpg": Miles_per_Gallon
                continue;
            }
            List<Integer> spelled = spelledByInitials(tokens, i, words, taken, c.name());
            if (spelled != null) {
                found.add(new ColumnMention(c, spelled, SAME * spelled.size() + (words.size() == 1 ? 0.5 : 0),
                        words.size() == 1, List.of())); // "first call resolution": fcr
                continue;
            }
            if (words.size() > 1 && !taken.contains(i) && t0.lower().equals(String.join("", words))) {
                found.add(new ColumnMention(c, List.of(i), SAME + 0.5, true, List.of())); // "dircat": dirCat
                continue;
            }
            if (words.size() == 2 && !taken.contains(i) && Tokenizer.PARTICLES.contains(words.get(1))
                    && lexicon.lemmas(words.get(0)).stream().anyMatch(v -> t0.lower().equals(v + words.get(1)))) {
                found.add(new ColumnMention(c, List.of(i), SAME + 0.5, true, List.of())); // "pickup": picked_up
                continue;
            }
            if (!taken.contains(i) && countedUnit(c) && lexicon.lemmas(c.unit()).stream().anyMatch(t0::is)) {
                // "seats" of Screen Capacity (seats)
                found.add(new ColumnMention(c, List.of(i), ABBREVIATION, false, List.of()));
                continue;
            }
            List<Integer> run = new ArrayList<>();
            Set<String> matched = new HashSet<>();
            Map<String, Integer> matchedAt = new HashMap<>();
            double score = 0;
            boolean startsByForm = false;
            for (int j = i; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                // a number is part of a name only as the name writes it: "30d downloads" of downloads_30d; no name
                // runs across a pause ("per beach: patrol length km" is no beach_patrol_length_km)
                boolean paused = j > i && t.afterPause();
                if (taken.contains(j) || t.isNumber() && !numberOfName(tokens, j, c.words()) || paused) {
                    break;
                }
                if (t.isNumber()) {
                    // "30d", "30 day": the number and its unit, as the name writes them
                    run.add(j);
                    matched.add(t.text());
                    score += SAME;
                    if (!taken.contains(j + 1) && !words.contains(tokens.get(j + 1).lower())) {
                        run.add(++j);
                    }
                    continue;
                }
                String joined = joined(tokens, j, taken, words, matched);
                if (joined != null) {
                    // "wing span" for wingspan, "year round" for yearround: one word of the name written as two
                    run.add(j);
                    run.add(++j);
                    matched.add(joined);
                    score += SAME;
                    continue;
                }
                String best = null;
                double bestScore = 0;
                for (String w : words) {
                    double s = matched.contains(w) ? 0 : match(t, w);
                    if (s > bestScore) {
                        best = w;
                        bestScore = s;
                    }
                }
                if (best == null) {
                    if (!run.isEmpty() && FunctionWords.is(t) && t.is("of")) {
                        continue; // "length of the beak"
                    }
                    if (!run.isEmpty() && t.is("per") && slashedAfter(c.name(), tokens.get(j - 1), matchedAt)) {
                        run.add(j); // "price per dozen" of Price/Dozen: the slash said
                        continue;
                    }
                    break;
                }
                if (FunctionWords.is(t) && bestScore < SAME) {
                    break;
                }
                if (j == i && particle(t) && !words.get(0).equals(best)) {
                    break; // "by payment method" never starts a mention of paid_by: "by" leads only a name it starts
                }
                boolean byForm = superlative(t) && t.lemmas().contains(best);
                if (j > i && (superlative(t) || startsByForm)) {
                    // "the highest actual high": "highest" names the high column alone, never with the words after it
                    // ("the longest flipper", by the attribute length, does); nor does it end a name ("students score
                    // highest" is no "grade level")
                    break;
                }
                startsByForm |= j == i && byForm;
                run.add(j);
                matched.add(best);
                matchedAt.put(best, j);
                score += bestScore;
            }
            if (perReversed(words, matchedAt) || divisorOnly(words, matchedAt)) {
                continue; // "kwh per session" is energy per session, never price_per_kwh
            }
            boolean particlesOnly = run.stream().allMatch(k -> particle(tokens.get(k)));
            if (!run.isEmpty() && particlesOnly) {
                continue; // "of", "in", "the" name no column, even "Effect Amount of damage"
            }
            if (run.size() > 1 && c.role().labels() && countOf(tokens, run)) {
                // "number of episodes" counts episodes, never names an episode_number: the things, not their numbers
                Token count = tokens.get(run.remove(0));
                words.stream().filter(w -> count.lemmas().contains(w) || count.lower().equals(w)).findFirst()
                        .ifPresent(matched::remove);
                score -= SAME;
            }
            if (!run.isEmpty()) {
                boolean whole = matched.containsAll(words);
                found.add(new ColumnMention(c, run, score + (whole ? 0.5 : 0), whole, List.of()));
            } else if (kindOfValues(tokens.get(i), c) && !taken.contains(i)) {
                found.add(new ColumnMention(c, List.of(i), KIND, false, List.of()));
            }
        }
        return found;
    }

    private static final Set<String> SPELLED_UNITS = Set.of("day", "days", "hour", "hours", "week", "weeks", "month",
            "months", "year", "years", "minute", "minutes");

    /**
     * Whether the number at j is written as the name writes it, with its unit after it: "30d" or "30 day" of
     * downloads_30d, never "more than 30 downloads".
     */
    private static boolean numberOfName(List<Token> tokens, int j, List<String> words) {
        int at = words.indexOf(tokens.get(j).text());
        if (at < 0 || at + 1 >= words.size() || j + 1 >= tokens.size()) {
            return false;
        }
        String unit = words.get(at + 1);
        String said = tokens.get(j + 1).lower();
        return said.equals(unit) || unit.length() == 1 && SPELLED_UNITS.contains(said) && said.startsWith(unit);
    }

    /**
     * Whether the name writes a slash right after the word the token before matched ("Price/Dozen" after "price"): a
     * "per" said there is the slash.
     */
    private static boolean slashedAfter(String name, Token before, Map<String, Integer> matchedAt) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return matchedAt.entrySet().stream().filter(e -> e.getValue() == before.index()).map(Map.Entry::getKey)
                .anyMatch(w -> lower.matches(".*\\b" + java.util.regex.Pattern.quote(w) + "\\s*/\\s*\\p{L}.*"));
    }

    /**
     * Whether a name's "per X" was said as "X per" (the X is then what is divided, not what it is divided by), or the
     * question's "per" is followed by a word the name has before its own "per": "hrs per machine" is hours grouped by
     * machine, not machine_sheets_per_hr.
     */
    private static boolean perReversed(List<String> words, Map<String, Integer> matchedAt) {
        int per = words.indexOf("per");
        if (per < 0 || per + 1 >= words.size() || !matchedAt.containsKey("per")) {
            return false;
        }
        int said = matchedAt.get("per");
        Integer by = matchedAt.get(words.get(per + 1));
        return by != null && by < said || words.subList(0, per).stream()
                .anyMatch(w -> Integer.valueOf(said + 1).equals(matchedAt.get(w)));
    }

    /**
     * Whether only the words after a name's "per" were said: "tonnage" of Price per Tonne is the tonnes, never what
     * is paid for each.
     */
    private static boolean divisorOnly(List<String> words, Map<String, Integer> matchedAt) {
        int per = words.indexOf("per");
        return per > 0 && !matchedAt.isEmpty()
                && matchedAt.keySet().stream().allMatch(w -> words.lastIndexOf(w) > per);
    }

    /**
     * Whether the mention names only the thing of a yes/no named "thing state" ("Load Sheeted?"), its state unsaid, as
     * what is counted by ("per load"); "trips that used the ramp" over ramp_deployed says the state in other words.
     */
    private boolean thingOfAFlag(ColumnMention m, List<Token> tokens) {
        if (m.column().flagThing() == null || m.first() == 0
                || !tokens.get(m.first() - 1).isAny(Set.of("per", "each", "every"))) {
            return false;
        }
        String state = m.column().words().get(1);
        return m.tokens().stream().noneMatch(k -> PAST.matcher(tokens.get(k).lower()).matches())
                && tokens.stream().noneMatch(t -> match(t, state) > 0);
    }

    /** A run that starts with "number of" or "count of": a count of what follows. */
    private static boolean countOf(List<Token> tokens, List<Integer> run) {
        int first = run.get(0);
        return tokens.get(first).isAny(Set.of("number", "count", "#")) && first + 1 < tokens.size()
                && tokens.get(first + 1).is("of") && run.get(1) > first + 1;
    }

    /** "of", "in", "the": a short function word. */
    private static boolean particle(Token t) {
        return FunctionWords.is(t) && t.lower().length() <= 3;
    }

    /** The word of the name that tokens j and j+1 spell together, or null. */
    private static String joined(List<Token> tokens, int j, Set<Integer> taken, List<String> words, Set<String> matched) {
        if (j + 1 >= tokens.size() || taken.contains(j + 1) || tokens.get(j + 1).isNumber()) {
            return null;
        }
        // "signed up" for signup: the first word's lemma may be the one written together
        Set<String> firsts = new java.util.LinkedHashSet<>(List.of(tokens.get(j).lower()));
        firsts.addAll(tokens.get(j).lemmas());
        for (String first : firsts) {
            String together = first + tokens.get(j + 1).lower();
            // "drop-off station": the end station
            String word = words.stream().filter(w -> (w.equals(together) || EDGE_WORDS.getOrDefault(w, Set.of())
                    .contains(together)) && !matched.contains(w)).findFirst().orElse(null);
            if (word != null) {
                return word;
            }
        }
        return null;
    }

    /**
     * The tokens from i on whose first letters spell a word of the name that is no word of English ("first call
     * resolution" → fcr, "length of stay" → los; "final gravity" → FG, two letters where the name is those two in
     * capitals), or null; the phrase neither starts nor ends with a particle.
     */
    private List<Integer> spelledByInitials(List<Token> tokens, int i, List<String> words, Set<Integer> taken,
            String name) {
        for (String w : words) {
            int n = w.length();
            int shortest = name.equals(w.toUpperCase(java.util.Locale.ROOT)) ? 2 : 3;
            if (n < shortest || n > 5 || !LOWER_LETTERS.matcher(w).matches() || i + n > tokens.size()
                    || !lexicon.unknown(w)) {
                continue;
            }
            List<Integer> span = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Token t = tokens.get(i + k);
                if (taken.contains(i + k) || t.isNumber() || t.lower().isEmpty() || t.lower().charAt(0) != w.charAt(k)) {
                    break;
                }
                span.add(i + k);
            }
            if (span.size() == n && !particle(tokens.get(i)) && !particle(tokens.get(i + n - 1))) {
                return span;
            }
        }
        return null;
    }

    /** The first letters of a name of two or more words ("mpg" for miles per gallon), or null. */
    private static String initials(List<String> words) {
        if (words.size() < 2 || words.stream().anyMatch(w -> w.isEmpty() || !Character.isLetter(w.charAt(0)))) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        words.forEach(w -> letters.append(w.charAt(0)));
        return letters.toString();
    }

    /**
     * Whether the word names what the column's values are ("city" for a location column holding Seattle and New
     * York): most of its first values are that kind of thing in WordNet.
     */
    private boolean kindOfValues(Token t, DataColumn c) {
        if (!c.role().labels() || c.values().isEmpty() || t.isNumber() || FunctionWords.is(t) || t.lower().length() < 3) {
            return false;
        }
        List<String> sample = c.values().subList(0, Math.min(KIND_SAMPLE, c.values().size()));
        long kinds = sample.stream().filter(v -> t.lemmas().stream().anyMatch(l -> lexicon.kinds(v).contains(l))).count();
        return kinds >= Math.max(2, (sample.size() + 1) / 2) || sample.size() == 1 && kinds == 1;
    }

    /** A column word written short the way abbreviations are: "dept", "amt", "qty", never "per" for "powerful". */
    private static boolean abbreviated(String w, String word) {
        return w.length() >= 3 && (word.startsWith(w.substring(0, 2)) || w.substring(1).matches("[^aeiou]+"));
    }

    /**
     * Whether the word is a compound whose head is the column's word: "lifeguard" of guard, "headcount" of count; its
     * first part a word of its own, never a particle ("overtime", "downtime" are no time).
     */
    private boolean compoundOf(Token t, String w) {
        return w.length() >= COMPOUND_HEAD && t.lemmas().stream().anyMatch(l -> l.length() >= w.length() + 3
                && l.endsWith(w) && !PARTICLES.contains(l.substring(0, l.length() - w.length()))
                && !lexicon.unknown(l.substring(0, l.length() - w.length())));
    }

    /**
     * Whether q, shorter than w, keeps w's first letter and then some of its letters in order ("dept" → department,
     * "amt" → amount, "dt" → downtown).
     */
    public static boolean contraction(String q, String w) {
        if (q.isEmpty() || w.length() <= q.length() || q.charAt(0) != w.charAt(0)) {
            return false;
        }
        int k = 1;
        for (int i = 1; i < w.length() && k < q.length(); i++) {
            if (w.charAt(i) == q.charAt(k)) {
                k++;
            }
        }
        return k == q.length();
    }

    /** How well one question word matches one word of a column's name, 0 when it does not. */
    public double match(Token t, String w) {
        if (t.is(w) || t.lower().equals(w)) {
            return SAME;
        }
        for (String l : lexicon.lemmas(w)) {
            if (t.is(l)) {
                return SAME;
            }
        }
        String spelled = Tokenizer.spelledOut(w);
        if (spelled != null && t.is(spelled)) {
            return ABBREVIATION; // "transactions" of TxnID
        }
        if (EDGE_WORDS.getOrDefault(w, Set.of()).contains(t.lower())) {
            return ABBREVIATION; // "low temperature" is temp_min, "high temperature" temp_max
        }
        String q = t.lower();
        if (w.length() >= 3 && q.length() > w.length() && q.startsWith(w) && !FunctionWords.is(t)) {
            return ABBREVIATION;
        }
        // "work" is no short form of "worker": the doer is another thing than the act
        if (q.length() >= 4 && w.length() > q.length() && w.startsWith(q) && !w.equals(q + "er")) {
            return ABBREVIATION;
        }
        if (t.lemmas().stream().anyMatch(l -> l.length() >= 4 && w.length() >= l.length() + 4 && w.startsWith(l)
                && !SUFFIXES.contains(w.substring(l.length())))) {
            return ABBREVIATION; // "techs" of technician_name; never "rides" of rideable, a word made from it
        }
        if (FunctionWords.is(t) || q.length() < 3 || RowWords.is(t)) {
            return 0; // "item" means a row, whatever WordNet's senses of it ("point") say
        }
        if (compoundOf(t, w)) {
            return RELATED; // "lifeguards" of guard_name: a kind of guard, named by its head
        }
        if (contraction(q, w) && lexicon.unknown(q) || contraction(w, q) && lexicon.unknown(w) && abbreviated(w, q)
                && !CURRENCIES.contains(w)) {
            return ABBREVIATION; // "dept" for department, "qty" for quantity, either way round: no word of its own
        }
        for (String lemma : t.lemmas()) {
            if (Lexicon.lightVerb(lemma)) {
                continue; // "took a helmet": WordNet's many senses of "take" include "return", no late return here
            }
            if (lexicon.synonyms(lemma).contains(w) || lexicon.attributes(lemma).contains(w)) {
                return RELATED;
            }
            // "conversion rate" of a column "converted", "approval" of "approvedAmount", "cancellations" of
            // "is_canceled": the noun of the verb a column's participle says happened; not a noun that is the verb and
            // a suffix said of a gerund ("shipment", the rows of shipments.csv, is no "Shipping Cost")
            // "lines added" of "additions", "rows deleted" of "deletions": the noun of the verb the question says
            if (PAST.matcher(q).matches() && !lemma.equals(q) && lexicon.lemmas(w).stream()
                    .anyMatch(n -> NOUN_OF_ACT.matcher(n).matches() && w.endsWith("s")
                            && lexicon.derivations(n).contains(lemma))) {
                // (counts of the act only, named in the plural: "hours worked" are no worker, "insured" no insurance)
                return RELATED;
            }
            Set<String> verbs = PARTICIPLE.matcher(w).matches() ? lexicon.derivations(lemma) : Set.of();
            if (lexicon.lemmas(w).stream().anyMatch(v -> verbs.contains(v) && !(lemma.startsWith(v) && w.endsWith("ing")))) {
                return RELATED;
            }
            for (String attribute : lexicon.attributes(lemma)) {
                if (lexicon.synonyms(attribute).contains(w) || w.length() >= 3 && attribute.startsWith(w)) {
                    return RELATED;
                }
            }
        }
        return 0;
    }
}
