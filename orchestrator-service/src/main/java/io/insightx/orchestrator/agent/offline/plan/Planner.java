package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Periods;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.CaseVariants;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnLinker;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.LikelyForms;
import io.insightx.orchestrator.agent.offline.link.MeaningLinker;
import io.insightx.orchestrator.agent.offline.link.NamePieces;
import io.insightx.orchestrator.agent.offline.link.SameMeanings;
import io.insightx.orchestrator.agent.offline.link.Spelling;
import io.insightx.orchestrator.agent.offline.link.ShortForms;
import io.insightx.orchestrator.agent.offline.link.Spellings;
import io.insightx.orchestrator.agent.offline.link.TextFlag;
import io.insightx.orchestrator.agent.offline.link.ValueLinker;
import io.insightx.orchestrator.agent.offline.link.ValueMention;

/**
 * Reads a question into a {@link Plan}, in named steps over one {@link Reading}: limits, periods, number
 * comparisons, column and value links, groupings, the measure and its aggregate, and finally the accounting of
 * every word the steps did not use. Pure: the same question over the same catalog always gives the same plan.
 * Words left unplaced get a second reading in which they may link to a column by meaning, as a guess the answer names.
 */
public final class Planner {

    /** Negations that set rows aside ("excluding online", "other than World"), not say what rows are ("non-smoker"). */
    private static final Set<String> EXCLUDING = Set.of("except", "excluding", "exclude", "excl", "besides", "other",
            "than",
            "apart", "aside", "ignore", "ignoring", "omit", "omitting", "out", "count", "counting",
            "include", "including");

    /**
     * The sets of {@link Vocabulary} that are words of analysis, and the rates: what no link by meaning may take.
     * The low end's adjectives are not among them ("lightest" still names what it ranks).
     */
    private static final List<Set<String>> ANALYSIS = List.of(Vocabulary.AGGREGATES.keySet(),
            Vocabulary.GRAINS.keySet(), Vocabulary.CLASSIFIERS, Vocabulary.DIFFERENCE, Vocabulary.JOINT,
            Vocabulary.GROUP_MARKERS, Vocabulary.CHART, Vocabulary.CORRELATION, Vocabulary.HISTOGRAM,
            Vocabulary.DESCRIBE, Vocabulary.TREND, Vocabulary.CHANGE, Vocabulary.GROWTH, Vocabulary.COUNT_NOUNS,
            Vocabulary.ASK_ENTITY, Vocabulary.DATASET, Set.of("rate", "ratio"));

    private final Lexicon lexicon;
    private final Tokenizer tokenizer;
    private final ColumnLinker columnLinker;
    private final ValueLinker valueLinker;
    private final MeaningLinker meaningLinker;
    private final Spelling spelling;
    private final NamePieces namePieces;
    private final MetricTerms metricTerms;

    /** A planner that links words by their form and WordNet only. */
    public Planner(Lexicon lexicon) {
        this(lexicon, Embeddings.unavailable());
    }

    public Planner(Lexicon lexicon, Embeddings embeddings) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon);
        this.columnLinker = new ColumnLinker(lexicon);
        this.valueLinker = new ValueLinker(tokenizer);
        this.meaningLinker = new MeaningLinker(lexicon, embeddings);
        this.spelling = new Spelling(tokenizer);
        this.namePieces = new NamePieces(lexicon);
        this.metricTerms = new MetricTerms(tokenizer, columnLinker, lexicon);
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * The question's plan. A named ratio ("CTR") is first written as its definition ({@link MetricTerms}). A word left
     * unplaced that misspells a word of the catalog is read as that word, and the answer says so, as is one that is a
     * piece of a name ({@link NamePieces}: "robin" for American Robin); one as close to two words of the catalog is
     * asked about instead ({@link Spelling}). Words still left unplaced are read again, free to link to a column by
     * meaning; that second reading is kept only when it then places every word (a guess that leaves words out, "the
     * trading volume" read as a price, is not worth its risk). Values of one meaning are read first ({@link
     * SameMeanings}), since the column's SQL is written from the column alone.
     */
    public Plan plan(String question, Catalog given) {
        Catalog catalog = SameMeanings.marked(given, lexicon);
        Plan plan = metricTerms.expand(question, catalog)
                .map(e -> planAsWritten(e.question(), catalog).withNotes(e.notes()))
                .orElseGet(() -> planAsWritten(question, catalog));
        Plan whole = OncePerKey.applied(spellingsNoted(plan.withDistinctFilters(), lexicon));
        return TopGroups.rankedBy(TwoFigures.of(question, tokenizer, whole, part -> plan(part, catalog)));
    }

    /** The plan saying which of its columns had one value written several ways, counted as one. */
    private static Plan spellingsNoted(Plan plan, Lexicon lexicon) {
        Stream<DataColumn> used = Stream.concat(Stream.concat(plan.groups().stream().map(Group::column),
                plan.filters().stream().flatMap(Filter::columns)), Stream.ofNullable(plan.measure()))
                .filter(Objects::nonNull);
        Set<DataColumn> blankIsNo = Stream.concat(plan.groups().stream().filter(Group::blankIsNo).map(Group::column),
                plan.filters().stream().filter(f -> f instanceof Filter.Values v && v.blankIsNo()).map(Filter::column))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> notes = used.distinct().<String>mapMulti((c, note) -> {
            if (c.caseVariants()) {
                if (CaseVariants.in(c)) {
                    note.accept(CaseVariants.note(c));
                }
                Map<String, String> forms = new LinkedHashMap<>(ValueForms.of(c));
                forms.keySet().removeAll(ValueForms.likely(c).keySet()); // said by shortFormsNoted, as a reading
                if (!forms.isEmpty()) {
                    note.accept(ValueForms.note(c, forms));
                }
            } else if (TextFlag.is(c)) {
                note.accept(TextFlag.note(c, blankIsNo.contains(c)));
            }
        }).toList();
        List<String> blanks = blankIsNo.stream().filter(DataColumn::hasBlanks)
                .map(c -> "Rows with " + c.name() + " left blank are counted as no.").toList();
        List<String> all = Stream.concat(notes.stream(), blanks.stream()).toList();
        Plan noted = all.isEmpty() ? plan : plan.withNotes(all);
        return shortFormsNoted(noted, lexicon);
    }

    /**
     * The plan saying which column it groups or filters by holds a value that may be another written short ("DT" of
     * Downtown): counted apart, or as one where the column writes its values several ways ({@link LikelyForms}), a
     * reading taken either way, so the answer is partial.
     */
    private static Plan shortFormsNoted(Plan plan, Lexicon lexicon) {
        // the things a figure is taken once for ("DT" and "Downtown" would be two clinics, each with its chairs), and
        // the things counted once each ("how many different crew leads")
        Stream<DataColumn> keys = Stream.of(plan.groups().stream().filter(g -> g.grain() == null).map(Group::column),
                OncePerKey.key(plan).stream(), Stream.ofNullable(plan.aggregate() == Aggregate.COUNT_DISTINCT
                        ? plan.measure() : null)).flatMap(s -> s);
        List<String> notes = Stream.concat(keys, plan.filters().stream().flatMap(Filter::columns))
                .filter(Objects::nonNull)
                .distinct()
                .<String>mapMulti((c, note) -> {
                    Map<String, String> likely = ValueForms.likely(c);
                    if (!likely.isEmpty()) {
                        note.accept(LikelyForms.note(c, likely));
                    }
                    ShortForms.in(c, lexicon::akin, w -> !lexicon.unknown(w))
                            .ifPresent(p -> note.accept(ShortForms.note(c, p)));
                }).toList();
        if (notes.isEmpty()) {
            return plan;
        }
        List<String> all = new ArrayList<>(plan.notes());
        all.addAll(notes);
        return plan.withAlso(plan.also(), all, true);
    }

    /** The plan of the question's own words (after {@link MetricTerms}). */
    private Plan planAsWritten(String question, Catalog catalog) {
        Plan first = read(question, catalog, Set.of());
        if (first.ignored().isEmpty()) {
            return first;
        }
        List<Token> tokens = tokenizer.tokens(question);
        Set<Integer> unplaced = unplaced(tokens, first.ignored());
        Spellings spelled = spelling.read(tokens, unplaced, catalog);
        if (!spelled.ambiguities().isEmpty()) {
            return Plan.refuse(catalog, first.ignored(), spelled.questions());
        }
        Spellings named = spelled.and(namePieces.read(tokens, unplaced, catalog));
        if (!named.corrections().isEmpty()) {
            String corrected = named.corrected(question);
            Plan respelled = byMeaning(corrected, catalog, read(corrected, catalog, Set.of()));
            // taken when a step then places each corrected word: a correction nothing uses has not helped
            if (respelled.understood() && respelled.ignored().size() <= first.ignored().size()
                    && named.corrections().stream().noneMatch(c -> leftOut(c.replacement(), respelled.ignored()))) {
                return respelled.withNotes(named.notes());
            }
        }
        return byMeaning(question, catalog, first);
    }

    /** Whether a replacement ("American Robin") still has a word among the ignored ones. */
    private static boolean leftOut(String replacement, List<String> ignored) {
        return ignored.contains(replacement) || java.util.Arrays.stream(replacement.split("[^\\p{L}\\p{N}]+"))
                .anyMatch(ignored::contains);
    }

    /** The first reading, or a second one in which the unplaced words may link to columns by meaning. */
    private Plan byMeaning(String question, Catalog catalog, Plan first) {
        Set<Integer> open = open(tokenizer.tokens(question), first.ignored());
        if (open.isEmpty()) {
            return first;
        }
        Plan second = read(question, catalog, open);
        return second.understood() && second.ignored().isEmpty() ? second : first;
    }

    /** The tokens of the ignored words that may link to a column by meaning (none without the model). */
    Set<Integer> open(List<Token> tokens, List<String> ignored) {
        Set<Integer> open = new HashSet<>();
        if (meaningLinker.available()) {
            unplaced(tokens, ignored).stream().filter(i -> !analysis(tokens.get(i))).forEach(open::add);
        }
        return open;
    }

    /** The tokens of the words a plan reports as ignored. */
    private static Set<Integer> unplaced(List<Token> tokens, List<String> ignored) {
        Set<Integer> unplaced = new HashSet<>();
        for (Token t : tokens) {
            if (ignored.contains(t.text())) {
                unplaced.add(t.index());
            }
        }
        return unplaced;
    }

    /** The words of analysis: never a column's meaning, even when no step used them. */
    static boolean analysis(Token t) {
        return instruction(t) || ANALYSIS.stream().anyMatch(t::isAny);
    }

    private Plan read(String question, Catalog catalog, Set<Integer> open) {
        Reading r = new Reading(tokenizer.tokens(question));
        Draft d = new Draft(catalog);
        Plan answered = answeredApart(r, d);
        if (answered != null) {
            return answered;
        }
        read(r, d, open);
        return new Decider(r, d).decide();
    }

    /** The plan of a question answered apart from the data's figures (about the dataset, a "why"), or null. */
    Plan answeredApart(Reading r, Draft d) {
        Catalog catalog = d.catalog;
        BlankAs.read(r, d); // "(blank = none)" asks for no count of blanks
        Plan aboutTheData = Elapsed.asksHowLong(r, catalog) ? null
                : DatasetQuestions.plan(r, d, columnLinker, tokenizer);
        if (aboutTheData != null) {
            return aboutTheData;
        }
        if (!r.tokens.isEmpty() && r.tokens.get(0).is("why")) {
            return Plan.refuse(catalog, r.ignored(), List.of("The data shows what happened, not why: I can show the"
                    + " figures, but an explanation needs knowledge it does not hold."));
        }
        if (BeyondTheData.forecast(r, catalog)) {
            return Plan.refuse(catalog, r.ignored(), List.of("The data records what has happened, not what will: a"
                    + " forecast needs a model and assumptions I would be guessing. I can show the trend so far."));
        }
        if (BeyondTheData.opinion(r, catalog)) {
            return Plan.refuse(catalog, r.ignored(), List.of("The data records what people did, not what they think of"
                    + " it: it holds no ratings or reviews to tell which is liked best. I can count how often each one"
                    + " appears."));
        }
        if (asksMeaning(r)) {
            return Plan.refuse(catalog, r.ignored(), List.of("The data holds the codes, not what they mean: that needs"
                    + " a codebook or someone who knows how the data was collected."));
        }
        return null;
    }

    /** The steps that fill the draft in, before what to compute is decided: a follow-up's fragment stops here. */
    void read(Reading r, Draft d, Set<Integer> open) {
        // "visits_last_month", "monthly_fee": words of time inside a column's whole name are that column, no period
        r.holdNames(wholeNames(r, d.catalog));
        readLimit(r, d);
        TotalsLine.read(r, d);
        AllTime.read(r);
        WhichOne.read(r);
        SplitBy.read(r);
        StepChange.read(r, d);
        PeriodReader.read(r, d);
        DateEvents.read(r, d);
        Pending.read(r, d);
        NegatedFlag.read(r, d, lexicon, tokenizer);
        TwoSides.read(r, d, lexicon, columnLinker);
        List<Comparison> comparisons = Comparison.read(r.tokens, r.usedSet());
        comparisons.forEach(c -> c.tokens().forEach(r::use));
        r.releaseNames();
        List<ColumnMention> mentions = linkColumnsAndValues(r, d, open);
        Set<ColumnMention> spent = new HashSet<>();
        NumberedValue.read(r, d, mentions, spent);
        ColumnsCompared.read(r, d, mentions, spent);
        for (Comparison c : comparisons) {
            ComparisonTargets.apply(r, d, c, mentions, spent, lexicon);
        }
        TextSearch.read(r, d, mentions);
        FreeOfCharge.read(r, d);
        Presence.read(r, d, mentions, spent);
        ValueCounted.read(r, d, lexicon);
        GroupReader.read(r, d, mentions, spent);
        GroupsListed.read(r, d);
        EachOfThem.read(r, d);
        TopGroups.read(r, d, mentions, spent);
        MeasureReader.read(r, d, mentions, spent, lexicon);
        WhoAsked.read(r, d, mentions, lexicon);
        AcrossThings.read(r, d);
        UnitAsked.read(r, d);
        UnitAsked.ofGroups(r, d);
        MeasureVerb.read(r, d, lexicon);
        FlagVerb.read(r, d, lexicon);
        SharePart.read(r, d);
        WorkNoun.read(r, d);
        BlankAs.apply(d);
    }

    /** Words that begin a time: "after 6pm", "in march". */
    private static final Set<String> WHEN = Set.of("after", "before", "since", "between", "on", "in", "at", "during",
            "from");

    /**
     * "sessions starting after 6pm", "orders placed in march": a participle right after the rows' noun and before a
     * word of time says when the rows happened; it names no number column that shares its stem.
     */
    private static boolean verbOfTheRows(Reading r, Draft d, ColumnMention m) {
        Token verb = r.at(m.first());
        Token rows = r.at(m.first() - 1);
        Token next = r.at(m.first() + 1);
        return m.tokens().size() == 1 && !m.whole() && m.column().role().numeric() && !m.column().role().time()
                && verb.lower().matches("\\p{L}{3,}(ing|ed)") && rows != null
                && (d.catalog.namesRows(rows.lower()) || d.catalog.shortens(rows.lower()))
                && next != null && next.isAny(WHEN);
    }

    /**
     * Whether a clock time is named by its verb alone, said of the rows it counts: "logged" of time_logged in "which
     * lifeguard logged the most incidents", "how many guards logged incidents". Each row was so logged; no time is
     * asked.
     */
    private static boolean clockVerbOfTheRows(Reading r, Draft d, ColumnMention m) {
        Token verb = r.at(m.first());
        Token next = r.at(m.first() + 1);
        Token after = next == null ? null : next.isAny(Set.of("the", "most", "fewest", "more", "fewer", "least"))
                ? r.at(m.first() + 2) : next;
        after = after != null && after.isAny(Set.of("most", "fewest", "least")) ? r.at(after.index() + 1) : after;
        DataColumn c = m.column();
        // a clock reading, kept as a time or read as a length of time ({@code ClockDurations})
        boolean when = c.role() == ColumnRole.TIME || c.dna().path("type").asText().matches("TIME|TIMESTAMP.*|DATE");
        return m.tokens().size() == 1 && !m.whole() && when && c.words().size() > 1
                && verb.lower().matches("\\p{L}{3,}ed") && after != null
                && RowNoun.names(d.catalog, after);
    }

    /** The tokens that name a column that holds no time by its whole name of several words. */
    private Set<Integer> wholeNames(Reading r, Catalog catalog) {
        Set<Integer> names = new HashSet<>();
        columnLinker.link(r.tokens, catalog.columns(), r.usedSet()).stream()
                .filter(m -> m.whole() && m.tokens().size() > 1 && !m.column().role().time())
                .forEach(m -> names.addAll(m.tokens()));
        return names;
    }

    /** "what do the insurance codes mean", "what does priority 2 stand for": the verb "mean", not the average. */
    private static boolean asksMeaning(Reading r) {
        boolean auxiliary = false;
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            auxiliary |= t.isAny(Set.of("do", "does", "did"));
            Token next = r.at(i + 1);
            boolean verb = t.isAny(Set.of("mean", "means")) && auxiliary && (next == null || !next.is("of") && !next.isNumber()
                    && next.text().matches("\\p{Punct}*"));
            if (verb || t.is("stand") && next != null && next.is("for") || t.is("meaning") && next != null && next.is("of")) {
                return true;
            }
        }
        return false;
    }

    private void readLimit(Reading r, Draft d) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            Token t = r.tokens.get(i);
            Token next = r.tokens.get(i + 1);
            // "top 5", "bottom 3", and a superlative before the number: "lowest 3 states", "highest 10 countries"
            boolean atLeast = i > 0 && r.tokens.get(i - 1).is("at"); // "at least 45" is a bound, not 45 of them
            // ("topped 300" is a number passed, read by the comparison)
            boolean leads = t.lower().matches("top|bottom|first|last") || superlative(t) && !atLeast;
            // "the last 30 days", "the first 3 months": a stretch of the data's time, which the periods read
            boolean stretch = t.isAny(Set.of("first", "last")) && i + 2 < r.tokens.size()
                    && Periods.stretchUnit(r.tokens.get(i + 2));
            if (leads && !stretch && next.isNumber() && next.number() >= 1 && next.number() <= 1000 && !next.looksLikeYear()) {
                d.limit = next.number().intValue();
                d.low = t.is("bottom");
                r.use(i + 1);
                if (!superlative(t)) {
                    r.use(i); // the superlative stays to say what is ranked, and which way
                }
                return;
            }
            boolean leading = i == 0 || r.tokens.get(i - 1).isAny(Set.of("show", "list", "give", "me", "find", "the", "get"));
            boolean rankedLater = r.tokens.subList(i + 1, r.tokens.size()).stream().anyMatch(Planner::superlative);
            // "over 40 min": a number before a unit is an amount of it, never the first 40 by a minimum
            boolean amount = Units.unitSaid(next.lower()) != null;
            if (t.isNumber() && t.number() >= 1 && t.number() <= 1000 && !t.looksLikeYear() && !amount
                    && (superlative(next) || leading && rankedLater && !next.isNumber())) {
                d.limit = t.number().intValue();
                r.use(i);
                return;
            }
        }
    }

    /**
     * Whether the mention is a superlative that named a column only by what it measures ("longest" of a duration)
     * right before a number column the question names by its own word ("the longest avg wait" of wait_minutes).
     */
    private static boolean superlativeOfAnother(Reading r, ColumnMention m, List<ColumnMention> all) {
        if (m.tokens().size() != 1 || m.score() >= 1.0 || !superlative(r.at(m.first()))) {
            return false;
        }
        int k = m.first() + 1;
        while (r.at(k) != null && Vocabulary.AGGREGATES.containsKey(r.at(k).lower())) {
            k++; // "longest avg wait", "highest total price"
        }
        int named = k;
        return all.stream().anyMatch(o -> o != m && o.first() == named && o.score() >= 1.0
                && o.column().role().numeric() && !o.column().role().time());
    }

    /**
     * Whether a one-word mention is a verb in the present ("pays", "earns") whose object is another figure named after
     * it with its aggregate ("the best avg rate per head"): the verb says what that figure is, it names no column.
     */
    private static boolean verbOfAnother(Reading r, ColumnMention m, List<ColumnMention> all) {
        Token verb = r.at(m.first());
        if (m.tokens().size() != 1 || verb.lemmas().stream().noneMatch(l -> verb.lower().equals(l + "s"))) {
            return false; // "pays": pay said of one thing
        }
        // said of a subject the data names ("region"), as a verb is; "the 3 officers with …" is a noun
        boolean ofSubject = all.stream().anyMatch(o -> o.last() == m.first() - 1 && o.column().role().labels());
        return ofSubject && all.stream().anyMatch(o -> o != m && !o.column().equals(m.column()) && o.first() > m.first()
                && o.column().role().numeric() && !o.column().role().time() && r.at(o.first() - 1) != null
                && Vocabulary.AGGREGATES.containsKey(r.at(o.first() - 1).lower()));
    }

    /**
     * Whether a mention of several words stands on the rows' own noun, which the column's name says only by a synonym,
     * with no other word of weight beside it: "stays in" of check_in, not "movies released" of Release Date.
     */
    private static boolean rowsBySynonym(Reading r, Draft d, ColumnMention m) {
        List<String> words = m.column().words();
        java.util.function.Predicate<Token> bySynonym = t -> d.catalog.namesRows(t.lower())
                && !words.contains(t.lower()) && t.lemmas().stream().noneMatch(words::contains);
        List<Token> said = m.tokens().stream().map(r::at).toList();
        return said.size() > 1 && said.stream().anyMatch(bySynonym)
                && said.stream().allMatch(t -> bySynonym.test(t) || FunctionWords.is(t));
    }

    /**
     * Whether a word of a label column's mention, no word of its name, is one of that column's values: "small" of
     * kennel_size, never "day" of "Time of day".
     */
    private static boolean saysItsValue(Reading r, ColumnMention m) {
        return m.column().role().labels() && m.tokens().stream().map(r::at).anyMatch(t -> !m.column().words()
                .contains(t.lower()) && m.column().values().stream()
                        .anyMatch(v -> v.strip().equalsIgnoreCase(t.lower())));
    }

    static boolean superlative(Token t) {
        Aggregate a = Vocabulary.AGGREGATES.get(t.lower());
        return a != null && a.edge() || t.lower().endsWith("est") && t.lemmas().size() > 1 || t.is("best") || t.is("worst");
    }

    /** Whole names of numeric columns first, then values of label columns, then every other column word. */
    private List<ColumnMention> linkColumnsAndValues(Reading r, Draft d, Set<Integer> open) {
        List<ColumnMention> first = columnLinker.link(r.tokens, d.catalog.columns(), r.usedSet());
        RowNoun.otherWords(r, d, lexicon);
        Set<Integer> taken = new HashSet<>(r.usedSet());
        taken.addAll(Elapsed.verbs(r));
        taken.addAll(GroupReader.periodAdverbs(r, d.catalog));
        // a whole name of several words is the column, not a value inside it: "by time of day" is not Day
        // unless a word of it is one of the column's values: "small kennels" are those of kennel_size Small
        first.stream().filter(m -> m.whole() && (m.column().role().numeric() || m.tokens().size() > 1)
                && !saysItsValue(r, m)).forEach(m -> taken.addAll(m.tokens()));
        Map<String, List<ValueMention>> byColumn = new LinkedHashMap<>();
        for (ValueMention v : valueLinker.link(r.tokens, d.catalog.columns(), taken)) {
            // "unexcused" negates by its own prefix, "never" a value after it: two conditions, kept apart
            String negation = !v.negated() ? "" : ValueLinker.prefixed(r.at(v.tokens().get(0)), v.value()) ? "~" : "!";
            byColumn.computeIfAbsent(v.column().name() + negation, k -> new ArrayList<>()).add(v);
            r.use(v.tokens());
        }
        for (List<ValueMention> same : byColumn.values()) {
            DataColumn c = same.get(0).column();
            boolean negated = same.get(0).negated();
            List<Integer> including = IncludedValues.before(r, same.get(0).tokens().get(0));
            if (!negated && !including.isEmpty()) {
                r.use(including); // "incl waitlist": kept with every other value, no filter
                d.notes.add("Keeping every " + c.label() + ", " + same.get(0).value().strip() + " included.");
                continue;
            }
            boolean excluding = negated && ValueLinker.negation(r.tokens, same.get(0).tokens().get(0)).stream()
                    .map(r::at).anyMatch(t -> t.isAny(EXCLUDING));
            List<String> values = same.stream().filter(v -> negated || !headOf(r, same, v)).map(ValueMention::value)
                    .distinct().toList();
            Filter.Values filter = new Filter.Values(c, values, negated, excluding);
            d.filters.add(filter);
            same.forEach(v -> v.tokens().forEach(t -> {
                d.valueAt.put(t, filter);
                d.valueSaid.put(t, v.value());
            }));
            // "fault or offline days", "pct of shipments lost or returned": one set of rows; "who's heavier, males or
            // females", "were there more men or women": a choice, each apart, as "fault and offline", "fault vs offline"
            List<Integer> second = same.size() > 1 ? same.get(1).tokens() : List.of();
            Token after = second.isEmpty() ? null : r.at(second.get(second.size() - 1) + 1);
            boolean nounAfter = after != null && after.lower().matches("\\p{L}{3,}") && !FunctionWords.is(after);
            boolean either = !second.isEmpty() && r.at(second.get(0) - 1) != null && r.at(second.get(0) - 1).is("or")
                    && (nounAfter || !choice(r));
            // "cancelled" of cancelled_rider and cancelled_driver: values one word names are one set too
            boolean oneWord = same.stream().map(ValueMention::tokens).distinct().count() == 1;
            // "deliveries … delivery fee" of "Delivery" and "deliver": one value written two ways is no comparison
            long apart = values.stream().map(CaseVariants.normalFor(c)).distinct().count();
            if (apart > 1 && !same.get(0).negated() && !either && !oneWord) {
                d.compared = c;
            }
            for (ValueMention v : same) {
                if (v.negated()) {
                    ValueLinker.negation(r.tokens, v.tokens().get(0)).forEach(r::use);
                }
            }
        }
        TwoSides.values(r, d);
        Set<Integer> heads = ValueHeads.read(r, d, byColumn.values(), lexicon);
        ValueVerb.read(r, byColumn.values(), lexicon);
        List<ColumnMention> all = kindsOf(r, columnLinker.link(r.tokens, d.catalog.columns(), r.usedSet()));
        List<ColumnMention> kept = new ArrayList<>();
        for (ColumnMention m : all) {
            if (rowsBySynonym(r, d, m)) {
                continue; // "stays in" of pet_boarding_stays is no "check in" by a sense of stay: the rows
            }
            if (superlativeOfAnother(r, m, all)) {
                continue; // "the longest avg wait": the wait, at its longest; no duration beside it
            }
            if (verbOfAnother(r, m, all)) {
                r.use(m.first()); // "which region pays the best avg rate per head": what is paid is the rate
                continue;
            }
            if (TwoSides.amountSays(d, m)) {
                continue; // "goals scored": the amount of the sides, read by TwoSides
            }
            if (DurationNoun.unitOfTimeTaken(r, d, m, all)) {
                continue; // "finish time in minutes": the answer's unit, no column of minutes
            }
            if (m.column().role().numeric() && m.tokens().stream().anyMatch(k -> RowNoun.perUnit(r, d, k))) {
                continue; // "incidents per km": rows over an amount, which no plan here computes; said as not used
            }
            if (clockVerbOfTheRows(r, d, m)) {
                r.use(m.first()); // "which lifeguard logged the most incidents": the act, no figure of time_logged
                continue;
            }
            if (verbOfTheRows(r, d, m)) {
                if (d.filters.stream().anyMatch(f -> f instanceof Filter.During)) {
                    r.use(m.first()); // the verb of the period read already
                }
                continue; // "sessions starting after 6pm": when the rows began, no figure of soc_start_pct
            }
            if (m.tokens().size() == 1 && heads.contains(m.first())) {
                r.use(m.tokens()); // "german customers": customers of that country, no figure of the customer column
                continue;
            }
            if (m.tokens().size() == 1 && namesItsValue(d, m)) {
                r.use(m.tokens()); // "the bug label", "tier gold": the column of the value beside it, no second figure
                continue;
            }
            Token called = r.at(m.first() + 1);
            if (m.tokens().size() == 1 && called != null && called.isAny(CALLED) && r.free(called.index())
                    && d.valueAt.get(m.first() + 2) != null && d.valueAt.get(m.first() + 2).column().equals(m.column())) {
                r.use(m.first()); // "a city called springfield": the column of the value it names
                r.use(called.index());
                continue;
            }
            boolean instructionOnly = m.tokens().stream().allMatch(i -> instruction(r.at(i)))
                    && (!m.whole() || m.score() - 0.5 < m.tokens().size()) && !quantityNamed(r, m);
            if (!instructionOnly && (OwnerNoun.once(r, d.catalog, m) || OwnerNoun.countedRows(r, d, m, lexicon))) {
                continue;
            }
            if (rowsByTheirNoun(r, d, m) || ObjectNoun.read(r, d, m, lexicon)) {
                continue;
            }
            if (ofTheBusiness(r, d, m, all)) {
                r.use(m.first()); // "plot fee" of garden_plot_rentals: the fee, no plot column beside it
                continue;
            }
            if (!instructionOnly) {
                m = OwnerNoun.of(r, d.catalog, byEdge(r, withAttribute(r, withClassifier(r, m), all)));
                if (m.column().role() == ColumnRole.IDENTIFIER && m.tokens().size() == 1
                        && d.catalog.namesRows(r.at(m.first()).lower())) {
                    // "orders" in orders.csv: the rows and their key, not a choice between order_id and order_time
                    m = new ColumnMention(m.column(), m.tokens(), m.score(), m.whole(), List.of());
                }
                m = TwoSides.sided(d, PairedReadings.of(r, SettledTies.settle(r, m)));
                kept.add(m);
                if (!m.alternatives().isEmpty() && !sameThings(m)) {
                    String note = "Taking " + m.column().name() + " for '" + words(r, m.tokens()) + "' ("
                            + String.join(", ", m.alternatives().stream().map(DataColumn::name).toList())
                            + " also match).";
                    d.notes.add(note);
                    d.ties.put(m, note);
                }
            }
        }
        TwoSides.mention(d, kept);
        InitialsNoun.mention(r, d, kept, lexicon).ifPresent(kept::add);
        MoneyNoun.mention(r, d, kept).ifPresent(kept::add);
        NetAmount.mention(r, d, kept, lexicon).ifPresent(kept::add);
        QuantityNoun.mention(r, d, kept).ifPresent(kept::add);
        Compass.mention(r, d, kept).ifPresent(kept::add);
        Deadline.mention(r, d, kept).ifPresent(kept::add);
        FirstOrLast.mention(r, d, kept).ifPresent(kept::add);
        Optional<ColumnMention> elapsed = Elapsed.mention(r, d, kept, first, lexicon);
        elapsed.ifPresent(kept::add);
        DurationNoun.mention(r, d, kept).ifPresent(kept::add);
        if (elapsed.isEmpty()) {
            TimeBetween.mention(r, d).ifPresent(kept::add); // "time between intake and outcome" is the one above
        }
        SoldVerb.mention(r, d, kept).ifPresent(kept::add);
        EntityNoun.mention(r, d.catalog, kept).ifPresent(kept::add);
        ValuesNoun.mention(r, d, kept).ifPresent(kept::add);
        CountedNoun.mention(r, d, kept, lexicon).ifPresent(kept::add);
        PersonNoun.mention(r, d, kept, lexicon).ifPresent(kept::add);
        kept = Arithmetic.combine(r, d, kept);
        UnitValue.read(r, d, kept);
        ValueOnly.read(r, d);
        ActorVerb.read(r, d, kept, lexicon);
        FigureVerb.read(r, d, kept);
        return open.isEmpty() ? kept : withMeanings(r, d, kept, open);
    }

    /**
     * "excused absences" over a status that holds both: the noun right after a value of its own column, with no "and"
     * or "vs" between, names the kind of rows the value narrows; it is no second value compared.
     */
    private static boolean headOf(Reading r, List<ValueMention> same, ValueMention v) {
        // two values only, the head a noun of its value ("absences" of absent), never a list ("playlist, album, radio")
        boolean nounOfValue = same.size() == 2 && v.tokens().size() == 1
                && !r.at(v.tokens().get(0)).lower().equalsIgnoreCase(v.value());
        return nounOfValue && same.stream().anyMatch(o -> o != v && !o.value().equals(v.value())
                && o.tokens().get(o.tokens().size() - 1) + 1 == v.tokens().get(0));
    }

    /** Whether the question asks to choose between what it names: "who's heavier", "were there more". */
    private static boolean choice(Reading r) {
        return r.tokens.stream().anyMatch(t -> t.isAny(Set.of("more", "less", "fewer", "better", "worse", "bigger", "smaller"))
                || t.lower().matches("\\p{L}{3,}er") && t.lemmas().stream().anyMatch(l -> !l.equals(t.lower())
                        && t.lower().startsWith(l.substring(0, Math.max(1, l.length() - 1)))));
    }

    /**
     * "site" of site_id and site_name: a key and a name of the same things (as many of each, a name or key role), so
     * either answers alike; no guess to report.
     */
    private static boolean sameThings(ColumnMention m) {
        Set<ColumnRole> naming = Set.of(ColumnRole.IDENTIFIER, ColumnRole.NAME, ColumnRole.CATEGORY, ColumnRole.TEXT);
        List<String> own = m.column().words();
        return naming.contains(m.column().role()) && m.column().distinct() > 0 && !own.isEmpty() && m.alternatives().stream()
                .allMatch(a -> naming.contains(a.role()) && a.distinct() == m.column().distinct() && !a.words().isEmpty()
                        && a.words().get(0).equals(own.get(0))
                        && Stream.of(own.get(own.size() - 1), a.words().get(a.words().size() - 1))
                                .anyMatch(w -> w.matches("id|name|code|key|no|number")));
    }

    /**
     * "intakes by species" over shelter_intakes with intake_ts and Intake Type: the rows' own noun, said alone, names
     * the rows, not a date or a label of theirs named after them (an amount of theirs, "total bills", stays the amount).
     */
    private static boolean rowsByTheirNoun(Reading r, Draft d, ColumnMention m) {
        DataColumn c = m.column();
        Token t = r.at(m.first());
        boolean named = m.tokens().size() == 1 && !m.whole() && t.lower().equals(d.catalog.entity(true))
                && d.catalog.namesRows(t.lower()) && c.words().size() >= 2 && c.words().get(0).equals(d.catalog.entity(false));
        if (!named || c.role() == ColumnRole.IDENTIFIER || c.role().numeric() && !c.role().time()) {
            return false;
        }
        // "tickets" of event_tickets keyed by order_id: each row is an order, of some tickets
        boolean keyedOtherwise = d.catalog.with(ColumnRole.IDENTIFIER).stream()
                .filter(k -> k.distinct() >= d.catalog.rows()).map(k -> k.words().get(0))
                .anyMatch(w -> !w.equals(d.catalog.entity(false)) && !GENERIC_KEYS.contains(w));
        if (keyedOtherwise) {
            return false;
        }
        d.entity = d.entity == null ? t.text() : d.entity;
        r.use(t.index());
        return true;
    }

    /** First words of a key that name no thing of its own: record_id, row_id. */
    private static final Set<String> GENERIC_KEYS = Set.of("record", "row", "entry", "line", "id", "uid", "uuid", "key");

    /** Words that introduce a value by its name: "a city called springfield". */
    private static final Set<String> CALLED = Set.of("called", "named", "titled");

    /** Whether the word names the column of the value said right before or after it. */
    private static boolean namesItsValue(Draft d, ColumnMention m) {
        return java.util.stream.IntStream.of(m.first() - 1, m.first() + 1).mapToObj(d.valueAt::get)
                .anyMatch(f -> f != null && f.column().equals(m.column()));
    }

    /** The open words linked by meaning to columns nothing else named, each said in the answer as a guess. */
    private List<ColumnMention> withMeanings(Reading r, Draft d, List<ColumnMention> kept, Set<Integer> open) {
        Set<Integer> free = new HashSet<>(open);
        free.removeAll(r.usedSet());
        kept.forEach(m -> free.removeAll(m.tokens()));
        Set<DataColumn> linked = new HashSet<>();
        kept.forEach(m -> linked.add(m.column()));
        d.filters.forEach(f -> linked.add(f.column()));
        for (int i : new java.util.TreeSet<>(free)) {
            int at = i;
            if (kept.stream().anyMatch(m -> m.column().role() == ColumnRole.FLAG && m.last() == at - 1)
                    && lexicon.noun(r.at(i).lower())) {
                r.use(i); // "surge pricing", "priority tasks": the noun a yes/no qualifies says only what it is of
                free.remove(i);
                continue;
            }
            if (Units.dimensionOfUnit(r.at(i).lower()) != null && r.at(i - 1) != null
                    && r.at(i - 1).isAny(Set.of("in", "("))) {
                free.remove(i); // "in tonnes": the answer's unit, which UnitAsked reads, not a column close in meaning
                continue;
            }
            if (meaningLinker.namesKeyedRows(r.at(i), d.catalog)) {
                // "rides" in trips.csv: a word close in meaning to what a row is names the rows
                d.entity = d.entity == null ? r.at(i).text() : d.entity;
                r.use(i);
                free.remove(i);
            }
        }
        List<ColumnMention> all = new ArrayList<>(kept);
        for (ColumnMention m : meaningLinker.link(r.tokens, d.catalog, free, linked)) {
            all.add(m);
            d.notes.add("Taking " + m.column().name() + " for '" + words(r, m.tokens()) + "' (the closest in meaning).");
            d.guessed = true;
        }
        all.sort(Comparator.comparingInt(ColumnMention::first));
        return all;
    }

    /**
     * "the coldest temperature" between temp_max and temp_min, "the lowest price" between high and low: a question that
     * asks for the low end takes the column of lows, one that asks for the high end the column of highs.
     */
    private static ColumnMention byEdge(Reading r, ColumnMention m) {
        if (m.alternatives().isEmpty()) {
            return m;
        }
        List<DataColumn> tied = new ArrayList<>(m.alternatives());
        tied.add(m.column());
        List<DataColumn> totals = tied.stream().filter(c -> c.words().contains("total")).toList();
        if (totals.size() == 1 && !totals.get(0).equals(m.column())) {
            // "cost" between Cost Other, Cost Repair and Cost Total: the total, still said as a choice among them
            List<DataColumn> others = new ArrayList<>(tied);
            others.remove(totals.get(0));
            m = new ColumnMention(totals.get(0), m.tokens(), m.score(), m.whole(), others);
        }
        Boolean low = null;
        for (Token t : r.tokens) {
            Aggregate a = Vocabulary.AGGREGATES.get(t.lower());
            if ((superlative(t) || a != null && a.edge()) && edgeOf(r, t, m)) {
                low = t.isAny(Vocabulary.LOW) || a == Aggregate.MIN;
            }
        }
        if (low == null) {
            return m;
        }
        Set<String> end = low ? Set.of("min", "minimum", "low", "lowest") : Set.of("max", "maximum", "high", "highest");
        List<DataColumn> atTheEnd = tied.stream().filter(c -> c.words().stream().anyMatch(end::contains)).toList();
        return atTheEnd.size() == 1 ? new ColumnMention(atTheEnd.get(0), m.tokens(), m.score(), m.whole(), List.of()) : m;
    }

    /**
     * Whether a superlative is said of the mention: "the lowest price", "max temp", "temp at its highest", never of
     * another noun ("which charger has the most sessions": the most sessions, not the highest-powered charger).
     */
    private static boolean edgeOf(Reading r, Token edge, ColumnMention m) {
        int at = edge.index();
        if (m.tokens().contains(at)) {
            return true;
        }
        if (at < m.first()) {
            for (int i = at + 1; i < m.first(); i++) {
                if (!FunctionWords.is(r.at(i)) && !Vocabulary.AGGREGATES.containsKey(r.at(i).lower())) {
                    return false;
                }
            }
            return true;
        }
        Token next = r.at(at + 1);
        return next == null || FunctionWords.is(next) || next.text().matches("\\p{Punct}+");
    }

    /** "age group", "income bracket", "product type": the noun after a column's name is part of naming it. */
    /** A word of the dataset's name said right before a figure's column: what the data is of, no column of its own. */
    private static boolean ofTheBusiness(Reading r, Draft d, ColumnMention m, List<ColumnMention> all) {
        Token before = r.at(m.first() - 1);
        boolean asked = before != null && before.isAny(Set.of("which", "what", "each", "every", "per", "by", "top"));
        return m.tokens().size() == 1 && !m.whole() && !asked && d.catalog.namePart(r.at(m.first()).lower())
                && all.stream().anyMatch(o -> o.first() == m.last() + 1 && o.column().role().numeric()
                        && !o.column().equals(m.column()) && !o.column().role().time());
    }

    /**
     * "type of alteration", "kind of plan": a classifier that "of" and a label column's mention follow is part of
     * naming that column, never a mention of its own (Garment Type's "type").
     */
    private static List<ColumnMention> kindsOf(Reading r, List<ColumnMention> all) {
        List<ColumnMention> read = new ArrayList<>(all);
        for (ColumnMention m : all) {
            Token of = r.at(m.last() + 1);
            boolean classifier = m.tokens().size() == 1 && !m.whole() && r.at(m.first()).isAny(Vocabulary.CLASSIFIERS)
                    && of != null && of.is("of");
            Optional<ColumnMention> named = all.stream().filter(o -> classifier && o.first() == m.last() + 2
                    && !o.column().equals(m.column()) && o.column().role().labels()).findFirst();
            if (named.isPresent()) {
                ColumnMention o = named.get();
                List<Integer> tokens = new ArrayList<>(List.of(m.first(), m.first() + 1));
                tokens.addAll(o.tokens());
                read.remove(m);
                ColumnMention whole = new ColumnMention(o.column(), tokens, o.score(), o.whole(), o.alternatives());
                read.set(read.indexOf(o), whole);
            }
        }
        return read;
    }

    private static ColumnMention withClassifier(Reading r, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        if (next == null || r.used(m.last() + 1) || !next.isAny(Vocabulary.CLASSIFIERS)) {
            return m;
        }
        List<Integer> tokens = new ArrayList<>(m.tokens());
        tokens.add(m.last() + 1);
        return new ColumnMention(m.column(), tokens, m.score(), m.whole(), m.alternatives());
    }

    /**
     * "wheat price", "the price of wheat": where a column holds a price (or a cost, a level), the word saying so is part
     * of naming it, when no column of its own takes the word.
     */
    private static ColumnMention withAttribute(Reading r, ColumnMention m, List<ColumnMention> all) {
        if (!m.column().role().numeric()) {
            return m;
        }
        int after = m.last() + 1;
        int before = m.first() - 2;
        int at = attribute(r, after, all) ? after
                : before >= 0 && r.at(before + 1).is("of") && attribute(r, before, all) ? before : -1;
        if (at < 0) {
            return m;
        }
        List<Integer> tokens = new ArrayList<>(m.tokens());
        tokens.add(at);
        tokens.sort(Comparator.naturalOrder());
        return new ColumnMention(m.column(), tokens, m.score(), m.whole(), m.alternatives());
    }

    private static boolean attribute(Reading r, int i, List<ColumnMention> all) {
        Token t = r.at(i);
        return t != null && !r.used(i) && t.isAny(Vocabulary.ATTRIBUTES) && all.stream().noneMatch(o -> o.tokens().contains(i));
    }

    /**
     * "total headcount" over desk_headcount: a word of analysis that is also a quantity a thing has ("headcount", not
     * "count") names the column whose name ends with it.
     */
    private static boolean quantityNamed(Reading r, ColumnMention m) {
        List<String> name = m.column().words();
        return m.tokens().size() == 1 && r.at(m.first()).isAny(Vocabulary.QUANTITIES)
                && r.at(m.first()).lower().equals(name.get(name.size() - 1));
    }

    static boolean instruction(Token t) {
        return Vocabulary.AGGREGATES.containsKey(t.lower()) || Vocabulary.GRAINS.containsKey(t.lower())
                || t.isAny(Set.of("top", "bottom", "first", "last", "time", "value", "number", "count", "name"));
    }

    static String words(Reading r, List<Integer> tokens) {
        return String.join(" ", tokens.stream().map(i -> r.at(i).text()).toList());
    }
}
