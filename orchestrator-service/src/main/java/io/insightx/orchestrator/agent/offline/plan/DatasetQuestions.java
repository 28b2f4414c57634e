package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnLinker;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Recognises questions about the dataset itself rather than its figures: its columns and types, its missing values,
 * the time it covers, what it is about.
 */
final class DatasetQuestions {

    private static final Set<String> STRUCTURE = Set.of("column", "columns", "field", "fields", "variable",
            "variables", "schema", "attribute", "attributes");
    private static final Set<String> MISSING = Set.of("missing", "null", "nulls", "empty", "incomplete", "blank", "nan");
    private static final Set<String> RANGE = Set.of("range", "span", "cover", "covers", "covered", "period");
    private static final Set<String> ABOUT = Set.of("about", "overview", "describe", "contain", "contains", "summary");
    private static final Set<String> DATA = Set.of("data", "dataset", "table", "file");
    /** Words of a value being there or not: "no deposit recorded", "no result yet", "filled in". */
    private static final Set<String> PRESENCE = Set.of("recorded", "filled", "entered", "given", "listed", "provided",
            "logged", "captured", "yet", "still", "file", "present", "available", "value", "values", "field", "fields",
            "column", "columns", "blanks", "nulls", "set", "known", "all", "any", "ignore", "skip", "exclude");
    private static final Set<String> ROWS = Set.of("row", "rows", "record", "records", "entry", "entries", "line", "lines");

    /** "how many columns", "the number of fields": the count, not the list. */
    private static final Set<String> COUNTING = Set.of("many", "number", "count");

    enum Topic {
        STRUCTURE, MISSING, TIME_RANGE, OVERVIEW
    }

    private DatasetQuestions() {
    }

    /**
     * The plan of a question about the dataset itself (its columns, its missing values, the time it covers, what it is
     * about), or null when the question asks for figures.
     */
    static Plan plan(Reading r, Draft d, ColumnLinker columnLinker, Tokenizer tokenizer) {
        int missingAt = r.tokens.stream().filter(t -> t.isAny(MISSING)).mapToInt(Token::index)
                .findFirst().orElse(-1);
        Topic topic = topic(r, d.catalog);
        List<ColumnMention> mentioned = topic == null ? columnLinker.link(r.tokens, d.catalog.columns(), r.usedSet()) : List.of();
        if (topic == null) {
            keepRecorded(r, d, mentioned);
        }
        Reading.Mark before = r.mark();
        DataColumn lacking = topic == null ? lacking(r, mentioned) : null;
        if (lacking != null && !conditions(r, d).isEmpty()) {
            // "how many 2024 visits have no satisfaction score": rows kept by more than the blank, which the plan of
            // figures reads (the blank as one of its conditions)
            r.reset(before);
            return null;
        }
        if (lacking != null) {
            // "how many visits have no satisfaction score"
            DataColumn key = countedKey(r, d, mentioned, lacking);
            return key == null ? missingIn(d, lacking).withIgnored(unknown(r, d, tokenizer))
                    : keysLacking(d, key, lacking).withIgnored(unknown(r, d, tokenizer));
        }
        if (topic != null) {
            // "what columns are in the capitals file": the dataset's own name names no column
            // "how many readings are missing ozone": the rows' key named as the rows ("readings" of reading_id) is
            // never the column asked about
            List<ColumnMention> about = columnLinker.link(r.tokens, d.catalog.columns(), r.usedSet()).stream()
                    .filter(m -> m.tokens().stream().noneMatch(i -> r.at(i).isAny(Set.copyOf(d.catalog.entityWords()))))
                    .filter(m -> !(m.column().role() == ColumnRole.IDENTIFIER && !m.whole() && m.tokens().size() == 1
                            && r.at(m.first()).lower().endsWith("s")))
                    // "how many columns does this dataset have": a verb of the question, not has_solar
                    .filter(m -> !m.tokens().stream().allMatch(i -> FunctionWords.is(r.at(i))))
                    .toList();
            String object = topic == Topic.STRUCTURE ? nestedObject(r, d.catalog) : null;
            if (object != null) {
                return Plan.objectFields(d.catalog, object); // "what fields does the course object have"
            }
            Plan.Kind kind = switch (topic) {
                case MISSING -> Plan.Kind.MISSING;
                case TIME_RANGE -> d.catalog.time().isPresent() ? Plan.Kind.TIME_RANGE : Plan.Kind.DATASET;
                case STRUCTURE -> !about.isEmpty() || d.catalog.joined() ? Plan.Kind.DATASET
                        : r.tokens.stream().anyMatch(t -> t.isAny(COUNTING)) ? Plan.Kind.SHAPE : Plan.Kind.COLUMNS;
                default -> Plan.Kind.DATASET;
            };
            // "how many visits are missing a wait time": the column named after the word for missing, not the visits
            ColumnMention named = about.isEmpty() || kind == Plan.Kind.TIME_RANGE ? null : about.stream()
                    .filter(m -> m.first() > missingAt).findFirst().orElse(about.get(0));
            DataColumn column = named == null ? null : named.column();
            if (kind == Plan.Kind.MISSING && named != null && !named.alternatives().isEmpty() && anyOf(r)) {
                // "readings with at least one pollutant value missing": every column the word names alike
                List<DataColumn> all = new java.util.ArrayList<>(List.of(column));
                all.addAll(named.alternatives());
                return Plan.missingRows(d.catalog, all);
            }
            if (kind == Plan.Kind.TIME_RANGE) {
                // "what date range do the sales cover": the date of the sales, of several
                column = DateVerb.find(r, d.catalog).map(DateVerb::column).orElse(null);
            }
            if (kind == Plan.Kind.MISSING && column == null && columnsCounted(r, d.catalog)) {
                r.take(structure(d.catalog));
                return Plan.missingColumns(d.catalog); // "how many columns have missing values": columns, not cells
            }
            if (kind == Plan.Kind.MISSING && column == null && r.tokens.stream().anyMatch(t -> t.isAny(ROWS))) {
                return Plan.missingRows(d.catalog); // "how many rows have a missing value": rows, not cells
            }
            if (kind == Plan.Kind.MISSING && column != null) {
                return missingIn(d, column).withIgnored(unknown(r, d, tokenizer));
            }
            List<String> second = kind == Plan.Kind.TIME_RANGE ? secondQuestion(r) : List.of();
            return second.isEmpty() ? Plan.dataset(kind, d.catalog, column)
                    : Plan.dataset(kind, d.catalog, column).withIgnored(second);
        }
        return null;
    }

    /**
     * "the course object", "learner's fields": a word of the question that two or more columns start their name with,
     * the way a nested JSON object's fields are flattened ("course_title", "course_level"); its words are used.
     */
    private static String nestedObject(Reading r, Catalog catalog) {
        for (Token t : r.tokens) {
            int fields = catalog.objectFields(t.lower()).size();
            if (r.free(t.index()) && t.lower().matches("\\p{L}{2,}") && fields >= 2) {
                r.use(t.index());
                r.take(Set.of("object", "objects", "struct", "nested", "record"));
                return t.lower();
            }
        }
        return null;
    }

    /** "days between deep field notes episodes": a word of structure said inside a value of the data (a show). */
    private static boolean inValue(Reading r, Set<String> structure, Catalog catalog) {
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.at(i).isAny(structure)) {
                continue;
            }
            for (int from = Math.max(0, i - 1); from <= i; from++) {
                if (from + 1 >= r.tokens.size()) {
                    continue;
                }
                String pair = r.at(from).lower() + " " + r.at(from + 1).lower();
                boolean named = catalog.columns().stream().flatMap(c -> c.values().stream())
                        .anyMatch(v -> (" " + v.toLowerCase(java.util.Locale.ROOT).strip() + " ").contains(" " + pair + " "));
                if (named) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words for a dataset's columns, but for those the data uses for a thing of its own: "fields" of harvests
     * with a field_id are farm fields, and "# of distinct fields" counts them.
     */
    private static Set<String> structure(Catalog catalog) {
        return STRUCTURE.stream().filter(w -> !catalog.holds(w.replaceAll("s$", "")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * "how many columns", "the number of fields": the columns are what is counted (not "which columns have missing
     * values and how many", where the values are).
     */
    private static boolean columnsCounted(Reading r, Catalog catalog) {
        Set<String> structure = structure(catalog);
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            int noun = r.at(i + 1).is("of") ? i + 2 : i + 1;
            if (r.at(i).isAny(COUNTING) && r.at(noun) != null && r.at(noun).isAny(structure)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words a question about missing values did not use: those neither English nor of the data ("missing a retrun
     * date"), reported so that a misspelling is read again rather than the column of the word after it ("date") taken
     * by its first match, and {@link #conditions}, reported rather than dropped.
     */
    private static List<String> unknown(Reading r, Draft d, Tokenizer tokenizer) {
        List<String> unknown = new java.util.ArrayList<>(r.tokens.stream().filter(t -> r.free(t.index()) && !t.isNumber()
                && !FunctionWords.is(t) && t.lower().matches("\\p{L}{3,}") && tokenizer.notAWord(t.lower())
                && !d.catalog.holds(t.lower())).map(Token::text).toList());
        java.util.stream.Stream.concat(conditions(r, d).stream(), describing(r, d).stream())
                .filter(w -> !unknown.contains(w)).forEach(unknown::add);
        return unknown;
    }

    /** The unused numbers and words of the data's own: "published stories with no read time", "in 2024". */
    private static List<String> conditions(Reading r, Draft d) {
        Set<String> rowsNoun = Set.copyOf(d.catalog.entityWords());
        return r.tokens.stream().filter(t -> r.free(t.index()) && !FunctionWords.is(t) && !t.isAny(rowsNoun)
                && (t.isNumber() || d.catalog.holds(t.lower()) && !t.isAny(ROWS) && !t.isAny(COUNTING) && !t.isAny(MISSING)))
                .map(Token::text).toList();
    }

    /**
     * Any other unused word said of the rows before the blank ("completed sessions with no quiz score"): which rows it
     * keeps is not read, so it is reported, never dropped. Words that say a value is there or not are no condition.
     */
    private static List<String> describing(Reading r, Draft d) {
        Set<String> rowsNoun = Set.copyOf(d.catalog.entityWords());
        int blank = r.tokens.stream().filter(t -> t.isAny(MISSING) || t.isAny(Set.of("no", "without")))
                .mapToInt(Token::index).findFirst().orElse(0);
        return r.tokens.stream().filter(t -> t.index() < blank && r.free(t.index()) && !FunctionWords.is(t)
                && !t.isAny(rowsNoun) && !t.isAny(ROWS) && !t.isAny(COUNTING) && !t.isAny(PRESENCE)
                && t.lower().matches("\\p{L}{3,}")).map(Token::text).toList();
    }

    /** "at least one", "any", "one or more": a row counts when any of several columns misses its value. */
    private static boolean anyOf(Reading r) {
        for (int i = 0; i + 2 < r.tokens.size(); i++) {
            if (r.at(i).is("at") && r.at(i + 1).is("least") && r.at(i + 2).is("one")
                    || r.at(i).is("one") && r.at(i + 1).is("or") && r.at(i + 2).is("more")) {
                return true;
            }
        }
        return r.tokens.stream().anyMatch(t -> t.isAny(Set.of("any", "either")));
    }

    /** The missing values of one column, totals rows left out (a "Total" row has no satisfaction score to miss). */
    /**
     * "how many lots have no reserve price" over bids: the noun counted names a key the rows repeat (lot_id), so each
     * lot is counted once, not each bid of it; null when the rows themselves are counted.
     */
    private static DataColumn countedKey(Reading r, Draft d, List<ColumnMention> mentions, DataColumn lacking) {
        for (ColumnMention m : mentions) {
            Token noun = r.at(m.first());
            boolean key = m.column().role() == ColumnRole.IDENTIFIER || m.column().role() == ColumnRole.TEXT
                    || m.column().role() == ColumnRole.NAME;
            if (m.column() != lacking && key && m.tokens().size() == 1 && noun.lower().endsWith("s") && !m.whole()
                    && d.catalog.repeats(m.column()) && !r.used(m.first())
                    && r.at(m.first() - 1) != null && r.at(m.first() - 1).isAny(Set.of("many", "number", "of"))) {
                r.use(m.first());
                return m.column();
            }
        }
        return null;
    }

    private static Plan keysLacking(Draft d, DataColumn key, DataColumn lacking) {
        List<Filter> filters = new java.util.ArrayList<>(d.filters);
        filters.add(new Filter.Lacking(lacking));
        d.notes.add("Counting each " + key.name() + " once: the rows repeat them.");
        return new Plan(Plan.Kind.AGGREGATE, d.catalog, Aggregate.COUNT_DISTINCT, key, null, List.of(), filters, false, null,
                List.of(), null, List.of(), d.notes, false, null);
    }

    private static Plan missingIn(Draft d, DataColumn column) {
        Defaults.excludeTotals(d);
        return new Plan(Plan.Kind.MISSING, d.catalog, null, column, null, List.of(), d.filters, false, null, List.of(),
                null, List.of(), d.notes, false, null);
    }

    static Topic topic(Reading r, Catalog catalog) {
        if (bothEnds(r, catalog)) {
            return Topic.TIME_RANGE;
        }
        if (setAside(r)) {
            return null; // "ignore blank scores": how to compute, not a question about what is missing
        }
        if (r.take(MISSING)) {
            r.take(Set.of("value", "values", "cell", "cells", "or"));
            return Topic.MISSING;
        }
        boolean data = r.tokens.stream().anyMatch(t -> t.isAny(DATA));
        boolean timeWords = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("time", "date", "dates", "years", "period")));
        // "the lowest low over the whole period", "who ended the period with the most cash": figures, not the span
        boolean figures = r.tokens.stream().anyMatch(t -> Vocabulary.AGGREGATES.containsKey(t.lower()) || Planner.superlative(t));
        if (!figures && (r.has(RANGE) && (data || timeWords) || r.has(Set.of("when")) && r.has(Set.of("start", "begin",
                "starts", "begins", "end", "ends")))) {
            r.take(Set.of("when", "start", "begin", "starts", "begins", "end", "ends"));
            r.take(RANGE);
            return Topic.TIME_RANGE;
        }
        Set<String> structure = structure(catalog);
        // "pct of submissions with a public repo (only where that field is filled in)": a figure, its column named
        if (r.has(structure) && !r.has(Set.of("average", "avg", "total", "sum", "mean", "median", "max", "min", "pct",
                "percent", "percentage", "share", "%", "rate", "ratio"))
                && !inValue(r, structure, catalog)) {
            r.take(structure);
            return Topic.STRUCTURE;
        }
        if (data && (r.has(ABOUT) && r.tokens.size() <= 8 || asksWhatIsIn(r))) {
            r.take(ABOUT);
            return Topic.OVERVIEW;
        }
        return null;
    }

    /**
     * "the first and last transactions", "earliest and latest listing date": both ends of the data's time, said of its
     * rows, its dates or the data itself (not "the first and last close", which asks for figures); uses the words.
     */
    private static boolean bothEnds(Reading r, Catalog catalog) {
        for (int i = 0; i + 2 < r.tokens.size(); i++) {
            boolean pair = r.at(i).isAny(EARLY) && r.at(i + 1).is("and") && r.at(i + 2).isAny(LATE)
                    || r.at(i).isAny(LATE) && r.at(i + 1).is("and") && r.at(i + 2).isAny(EARLY);
            Token next = r.at(i + 3);
            Token after = r.at(i + 4);
            boolean ofRows = next == null || next.text().matches("\\p{Punct}+") || next.isAny(DATES) || next.isAny(ROWS)
                    || next.isAny(DATA) || catalog.namesRows(next.lower()) || catalog.entityWords().contains(next.lower())
                    || after != null && after.isAny(DATES); // "first and last order date"
            // "a customer's first and last transaction": the ends of each customer's rows, not of the data
            Token owner = r.at(i - 1);
            boolean owned = owner != null && !catalog.namesRows(owner.lower()) && catalog.columns().stream()
                    .anyMatch(c -> (c.role() == ColumnRole.IDENTIFIER || c.role() == ColumnRole.NAME)
                            && owner.lemmas().stream().anyMatch(c.words()::contains));
            if (pair && ofRows && !owned) {
                r.use(i);
                r.use(i + 1);
                r.use(i + 2);
                if (next != null && !catalog.columns().stream().anyMatch(c -> c.words().contains(next.lower()))) {
                    r.use(next.index()); // "transactions": the rows whose dates they are
                }
                return true;
            }
        }
        return endsOfRows(r, catalog);
    }

    /** "when was the first outage and the most recent one": each end said with the rows' noun or "one". */
    private static boolean endsOfRows(Reading r, Catalog catalog) {
        java.util.function.Predicate<Token> rows = t -> t.isAny(ROWS) || catalog.namesRows(t.lower())
                || catalog.entityWords().contains(t.lower());
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.at(i).isAny(EARLY) || !r.free(i)) {
                continue;
            }
            int a = i + 1;
            while (r.at(a) != null && a <= i + 2 && rows.test(r.at(a))) {
                a++;
            }
            if (a == i + 1 || r.at(a) == null || !r.at(a).is("and")) {
                continue;
            }
            int k = a + 1;
            while (r.at(k) != null && r.at(k).isAny(Set.of("the", "most"))) {
                k++;
            }
            if (r.at(k) == null || !(r.at(k).isAny(LATE) || r.at(k).is("recent"))) {
                continue;
            }
            Token after = r.at(k + 1);
            boolean ends = after == null || after.text().matches("\\p{Punct}+");
            if (!ends && !after.isAny(Set.of("one", "ones")) && !rows.test(after)) {
                continue;
            }
            int last = ends ? k : k + 1;
            for (int j = i; j <= last; j++) {
                r.use(j);
            }
            return true;
        }
        return false;
    }

    private static final Set<String> DATES = Set.of("date", "dates", "day", "days", "time", "times", "timestamp",
            "timestamps");

    private static final Set<String> ASIDE = Set.of("ignore", "ignoring", "exclude", "excluding", "skip", "skipping",
            "drop", "dropping", "omit", "omitting", "except");

    /**
     * "ignore blank scores", "excluding missing values": the missing values are left out, as every figure here leaves
     * them out already; the words are used and the question is read for what it asks.
     */
    private static boolean setAside(Reading r) {
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.free(i) || !r.at(i).isAny(ASIDE)) {
                continue;
            }
            for (int k = i + 1; k <= i + 3 && r.at(k) != null; k++) {
                if (r.at(k).isAny(MISSING)) {
                    r.use(i);
                    r.use(k);
                    if (r.at(k + 1) != null && r.at(k + 1).isAny(Set.of("value", "values", "cell", "cells", "rows"))) {
                        r.use(k + 1);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> EARLY = Set.of("first", "earliest", "oldest", "start", "beginning");
    private static final Set<String> LATE = Set.of("last", "latest", "newest", "end", "most recent", "final");

    /**
     * "how many visits have no satisfaction score", "rows without a wait time": a count of the rows lacking a column
     * that has missing values (the profile says so), named right after "no" or "without".
     */
    /**
     * "(skip the ones with no club)", "excluding those without a rating": the rows that lack the column are left out,
     * a filter of the figures asked, never a question about what is missing; the words are used.
     */
    private static void keepRecorded(Reading r, Draft d, List<ColumnMention> mentions) {
        for (ColumnMention m : mentions) {
            Token before = r.at(m.first() - 1);
            if (before != null && before.isAny(Set.of("a", "any"))) {
                before = r.at(before.index() - 1);
            }
            if (before == null || !before.isAny(Set.of("no", "without")) || !m.column().hasBlanks()) {
                continue;
            }
            for (int k = before.index() - 1; k >= Math.max(0, before.index() - 4); k--) {
                if (r.at(k).isAny(ASIDE) && r.free(k)) {
                    for (int j = k; j <= m.last(); j++) {
                        r.use(j);
                    }
                    d.filters.add(new Filter.Recorded(m.column()));
                    return;
                }
            }
        }
    }

    static DataColumn lacking(Reading r, List<ColumnMention> mentions) {
        boolean counting = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("many", "number", "count")));
        for (ColumnMention m : mentions) {
            if (m.column().role() == ColumnRole.FLAG) {
                continue; // "inspections with no treatment applied": a yes/no that is not yes, its blanks counted as no
            }
            Token before = r.at(m.first() - 1);
            if (before != null && before.is("a") || before != null && before.is("any")) {
                before = r.at(m.first() - 2);
            }
            // "have reward tiers" may be read as one name with has_video's "has": the verb is still the question's
            List<Integer> said = notHaving(r, r.at(m.first()).isAny(Set.of("have", "has")) ? r.at(m.first()) : before);
            if (counting && !said.isEmpty() && m.column().hasBlanks()) {
                // "how many campaigns dont have reward tiers filled in"
                r.use(said);
                Token after = r.at(m.last() + 1);
                if (after != null && after.isAny(Set.of("filled", "set", "entered", "recorded", "given")) && r.free(after.index())) {
                    r.use(after.index());
                    if (r.at(after.index() + 1) != null && r.at(after.index() + 1).isAny(Set.of("in", "out"))) {
                        r.use(after.index() + 1);
                    }
                }
                r.use(m.tokens());
                return m.column();
            }
            if (counting && before != null && r.free(before.index()) && before.isAny(Set.of("no", "without")) && m.column().hasBlanks()) {
                r.use(before.index());
                r.use(m.tokens());
                return m.column();
            }
        }
        return null;
    }

    /** "dont have", "doesn't have", "do not have" right before a column's name: its tokens, or none. */
    private static List<Integer> notHaving(Reading r, Token have) {
        if (have == null || !have.isAny(Set.of("have", "has")) || !r.free(have.index())) {
            return List.of();
        }
        Token not = r.at(have.index() - 1);
        if (not != null && not.isAny(Set.of("dont", "don't", "doesnt", "doesn't", "didnt", "didn't")) && r.free(not.index())) {
            return List.of(not.index(), have.index());
        }
        Token auxiliary = r.at(have.index() - 2);
        return not != null && not.is("not") && auxiliary != null && auxiliary.isAny(Set.of("do", "does", "did"))
                ? List.of(auxiliary.index(), not.index(), have.index()) : List.of();
    }

    /** "how many stocks are there and what period does it cover": the count asked beside the time range, unanswered. */
    static List<String> secondQuestion(Reading r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (r.at(i).is("how") && r.at(i + 1).isAny(Set.of("many", "much")) && !r.used(i)) {
                List<String> words = new java.util.ArrayList<>(List.of(r.at(i).text(), r.at(i + 1).text()));
                if (r.at(i + 2) != null) {
                    words.add(r.at(i + 2).text());
                }
                return List.of(String.join(" ", words));
            }
        }
        return List.of();
    }

    /** "what is in this dataset", "what's in the seattle weather data": "in" right after the question itself. */
    private static boolean asksWhatIsIn(Reading r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (r.tokens.get(i).isAny(Set.of("what", "whats"))) {
                int next = r.tokens.get(i + 1).isAny(Set.of("is", "s")) ? i + 2 : i + 1;
                return next < r.tokens.size() && r.tokens.get(next).is("in");
            }
        }
        return false;
    }
}
