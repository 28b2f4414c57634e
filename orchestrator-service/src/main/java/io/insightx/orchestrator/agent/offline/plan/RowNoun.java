package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.HowMany;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.RowWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnLinker;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;
import io.insightx.orchestrator.agent.offline.link.ValueLinker;

/**
 * The question's own noun for a row: the dataset's name ("how many airports"), a word for a row in any dataset
 * ("records"), a unit of its time ("which day"). The answer then speaks of airports rather than rows.
 */
final class RowNoun {

    private RowNoun() {
    }

    /**
     * The row's noun in other words, read before values and columns can take it: the event a row records, named by
     * its date ("deaths" where the date is death_date, not the value "Death" of a column, nor the date column), and
     * the dataset's noun in a synonym WordNet gives ("films" in movies.json, "autos" in cars.json).
     */
    static void otherWords(Reading r, Draft d, Lexicon lexicon) {
        String singular = d.catalog.entity(false);
        // a series per thing ("which stock") is grouped by its names: EntityNoun reads that noun
        // a column named like the rows ("job" in jobs.json) is what their synonyms name ("occupations")
        boolean columnOfTheNoun = d.catalog.columns().stream().anyMatch(c -> c.words().contains(singular));
        Set<String> synonyms = d.catalog.namesRows(singular) && d.catalog.entityColumn().isEmpty() && !columnOfTheNoun
                ? lexicon.synonyms(singular, 2) : Set.of(); // its main senses: "order" is also a decree
        Set<String> people = people(d.catalog, lexicon);
        // "how many SUVs were rented" of rentals.csv: the verb a row's noun is made from says only that it is a row
        Set<String> rowVerbs = d.catalog.namesRows(singular) ? lexicon.derivations(singular) : Set.of();
        String keyNoun = d.catalog.rowKeyNoun().filter(n -> !d.catalog.namesRows(n)).orElse(null);
        boolean moneyRows = !counting(r) && MoneyMeasure.of(d.catalog).isPresent();
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            Token next = r.at(i + 1);
            if (moneyRows && t.isAny(MoneyNoun.MONEY)) {
                continue; // "total sales" of plant_nursery_sales.csv: the money the sales took, unless they are counted
            }
            if (!r.used(i) && t.isAny(MoneyNoun.MONEY) && d.catalog.namesRows(t.lower())
                    && HowMany.counts(r.tokens, i)) {
                d.entity = d.entity != null ? d.entity : t.text(); // "how many sales" of food_truck_sales: the rows
                r.use(i);
                continue;
            }
            if (!r.used(i) && next != null && d.catalog.namesRows(next.lower()) && d.catalog.namePart(t.lower())) {
                r.use(i); // "pick tasks" of picking_tasks.csv: the dataset's own name, not a column that says "picked"
                continue;
            }
            if (!r.used(i) && HowMany.counts(r.tokens, i) && countedByName(d.catalog, t, next)) {
                d.entity = d.entity != null ? d.entity : t.text(); // "how many licences" of fishing_licence_sales
                r.use(i);
                continue;
            }
            // "trips" where each row is one trip_id, and "one completed trip"; "first call resolution" names fcr
            boolean numbered = keyNoun != null && t.is(keyNoun) && (r.at(i - 1) != null && r.at(i - 1).isNumber()
                    || r.at(i - 2) != null && r.at(i - 2).isNumber());
            if (!r.used(i) && keyNoun != null && (t.lower().equals(keyNoun + "s") || numbered)) {
                d.entity = d.entity != null ? d.entity : t.text();
                r.use(i);
                continue;
            }
            if (!r.used(i) && d.catalog.namesRows(t.lower()) && onlyItsVerb(d.catalog, t, lexicon)) {
                d.entity = d.entity != null ? d.entity : t.text(); // "bills" of utility_bills.csv, not billing_month
                r.use(i);
                continue;
            }
            if (!r.used(i) && flagSaidOf(r, d.catalog, t)) {
                // "how many loads were sheeted": the loads, counted
                d.entity = d.entity != null || !t.lower().endsWith("s") ? d.entity : t.text();
                r.use(i);
                continue;
            }
            if (!r.used(i) && d.catalog.shortens(t.lower()) && !d.catalog.holds(t)) {
                d.entity = d.entity != null ? d.entity : t.text(); // "PRs" of pull_requests, "appts": the rows, shortened
                r.use(i);
                continue;
            }
            // "they opened" where open is a column is that column; a value "open" (a status) is no such act
            boolean creates = (CREATED.contains(t.lower()) || ValueLinker.opening(r.tokens, i)) && d.catalog.columns().stream()
                    .noneMatch(c -> c.words().contains(t.lower()) || t.lemmas().stream().anyMatch(c.words()::contains));
            // "licences sold" of licence sales: the verb's past, regular or not
            boolean verbForm = t.lower().matches("\\p{L}{3,}ing") || lexicon.pastTense(t.lower());
            if (!r.used(i) && (creates || verbForm && t.lemmas().stream().anyMatch(rowVerbs::contains)
                    && !d.catalog.holds(t))) {
                r.use(i);
                continue;
            }
            boolean synonym = t.lower().matches("\\p{L}{3,}s") && t.lemmas().stream().anyMatch(synonyms::contains)
                    && !d.catalog.holds(t); // "area" may be a sense of country, but an area column is meant
            // "how many ppl were hired": people counted are the rows, not the value "People" (a department) the data
            // also holds; where no value is so named the word is left to the columns ("people employed")
            boolean counted = t.isAny(PEOPLE) && i > 0 && r.at(i - 1).isAny(Set.of("many", "#"))
                    && d.catalog.columns().stream().anyMatch(c -> c.role().labels()
                            && c.values().stream().anyMatch(v -> t.is(v.toLowerCase(java.util.Locale.ROOT))));
            // "how many people were on the waitlist" over a member's many rentals: the members, counted by PersonNoun
            boolean byTheirKey = HowMany.counts(r.tokens, i) && !rowsArePeople(d.catalog, lexicon)
                    && ValueHeads.personKey(d, lexicon, true).isPresent();
            boolean person = t.isAny(people) && !d.catalog.holds(t) && !inValue(r, d.catalog, i) && !byTheirKey
                    || counted;
            if (!r.used(i) && (event(d.catalog, t) || synonym || person)) {
                d.entity = d.entity != null ? d.entity : counted ? "people" : t.text();
                r.use(i);
            }
        }
    }

    /**
     * "how many licences (were sold)" of fishing_licence_sales.csv: a plural of a word the dataset's name is made of,
     * counted, is its rows; never with the next word of a column's name ("how many licence types"), nor where a
     * column names those things themselves ({@link Catalog#eachRowOf}).
     */
    private static boolean countedByName(Catalog catalog, Token t, Token next) {
        String singular = t.lemmas().stream().filter(l -> !l.equals(t.lower())).findFirst().orElse(null);
        // ("how many windows … cleaned" names windows_cleaned, as written)
        return singular != null && t.lower().endsWith("s") && catalog.eachRowOf(singular) && !catalog.holds(t.lower())
                && !catalog.namesRows(t.lower()) && (next == null || catalog.columns().stream()
                        .noneMatch(c -> c.words().contains(singular) && next.isAny(Set.copyOf(c.words()))));
    }

    private static boolean counting(Reading r) {
        return r.tokens.stream()
                .anyMatch(t -> r.free(t.index()) && t.isAny(Set.of("many", "number", "count", "#", "often")));
    }

    /**
     * "how many people were hired" where each row is an employee (an employee_id): the words for people that the
     * rows' key names a kind of (worker, person), or none when the key names no person.
     */
    private static Set<String> people(Catalog catalog, Lexicon lexicon) {
        Set<String> words = new java.util.HashSet<>();
        for (var c : catalog.columns()) {
            String noun = c.role() == ColumnRole.IDENTIFIER && !c.words().isEmpty()
                    ? c.words().get(0) : "";
            if (noun.matches("[a-z]{3,}") && lexicon.person(noun)) {
                words.addAll(PEOPLE);
                words.addAll(lexicon.kinds(noun));
            }
        }
        return words;
    }

    /**
     * Whether each row is a person: a key of one row each names one ("employee_id" of a roster), or a name differs on
     * nearly every row ("Full Name" beside emp_id).
     */
    static boolean rowsArePeople(Catalog catalog, Lexicon lexicon) {
        boolean personKey = catalog.with(ColumnRole.IDENTIFIER).stream().anyMatch(c -> !c.words().isEmpty()
                && !catalog.repeatsClearly(c) && c.words().get(0).matches("[a-z]{3,}")
                && lexicon.person(c.words().get(0)));
        boolean named = catalog.with(ColumnRole.NAME).stream().anyMatch(c -> c.words().contains("name")
                && !catalog.repeatsClearly(c));
        return personKey || named;
    }

    /** Verbs of making a row ("which user opened the most PRs", "who filed the most tickets"): every row was so made. */
    private static final Set<String> CREATED = Set.of("opened", "created", "filed", "submitted", "raised", "made",
            "placed");

    private static final Set<String> PEOPLE = Set.of("people", "person", "persons", "staff", "individuals", "folks");

    /** Whether the word names the rows: the dataset's noun, a word for a row, the event a row records, its key's noun. */
    static boolean names(Catalog catalog, Token t) {
        return catalog.namesRows(t.lower()) || t.lemmas().contains(catalog.entity(false)) || RowWords.is(t)
                || event(catalog, t) || catalog.rowKeyNoun().filter(n -> t.is(n) || t.lower().equals(n + "s")).isPresent();
    }

    /**
     * Whether the word names the rows as this question does: their noun ({@link #names}), the word the question took
     * for them ("spots" of ad slots, each holding a spot), or a word for work done that no column names ("jobs").
     */
    static boolean said(Draft d, Token t) {
        return names(d.catalog, t) || t.text().equals(d.entity) || WorkNoun.rows(d, t);
    }

    /**
     * Whether the word is a unit said after the rows' noun and "per": "incidents per km" asks for the rows over an
     * amount, which no plan here computes, and never the amount's average, which is all its column alone would give;
     * the unit is left unplaced and said.
     */
    static boolean perUnit(Reading r, Draft d, int k) {
        Token per = r.at(k - 1);
        Token rows = r.at(k - 2);
        return Units.unitSaid(r.at(k).lower()) != null && per != null && per.is("per") && rows != null
                && names(d.catalog, rows);
    }

    /** "deaths" where a row's date is its death_date, "reports" where it is its reported_date. */
    private static boolean event(Catalog catalog, Token t) {
        // not where a label column is named by the word too ("events" of event_name: the events, by name), nor where
        // their key comes back on several rows ("trips" of tripDate and a tripId each diver's row repeats): those
        // are counted by their key
        return catalog.eventNouns().stream().anyMatch(w -> t.lower().equals(w + "s")
                        || t.lower().endsWith("s") && w.endsWith("ed")
                                && t.lemmas().contains(w.substring(0, w.length() - 2)))
                && catalog.columns().stream().noneMatch(c -> c.role().labels() && (c.role() != ColumnRole.IDENTIFIER
                        || catalog.repeatsMostly(c)) && t.lemmas().stream().anyMatch(c.words()::contains));
    }

    /**
     * "loads" of Load Sheeted?: what a yes or no is said of, where no other column names it and its state is not said
     * with it, is what each row is ("avg net tonnes per load").
     */
    private static boolean flagSaidOf(Reading r, Catalog catalog, Token t) {
        List<DataColumn> named = catalog.columns().stream()
                .filter(c -> c.words().contains(t.lower()) || t.lemmas().stream().anyMatch(c.words()::contains))
                .toList();
        String thing = named.size() == 1 ? named.get(0).flagThing() : null;
        if (thing == null) {
            return false;
        }
        String state = named.get(0).words().get(1);
        // the thing, then its state: "Load Sheeted?", never "no_show" (a "no" is no thing) nor "guided" (a state);
        // "did not have a treatment applied" says the state, and the words name the yes/no together
        boolean stateSaid = r.tokens.stream().anyMatch(w -> w.is(state)
                || w.lemmas().stream().anyMatch(l -> l.length() >= 4 && state.startsWith(l)));
        // what is counted ("how many loads", "per load"), never a thing the rows did something with ("used the ramp")
        Token before = r.at(t.index() - 1);
        boolean counted = HowMany.counts(r.tokens, t.index()) || before != null && before.isAny(Set.of("per", "each"));
        return thing.matches("\\p{L}{3,}") && t.lemmas().contains(thing)
                && !ColumnLinker.PAST.matcher(t.lower()).matches() && !stateSaid && counted;
    }

    /**
     * Whether the rows' noun is no word of a column's name and shares only its verb with one: "bill" and the
     * "billing" of billing_month, which is when a bill was made, not the bills.
     */
    private static boolean onlyItsVerb(Catalog catalog, Token t, Lexicon lexicon) {
        return !catalog.holds(t) && catalog.columns().stream().flatMap(c -> c.words().stream())
                .anyMatch(w -> w.endsWith("ing") && lexicon.lemmas(w).stream().anyMatch(t.lemmas()::contains));
    }

    /** Whether the word is said as part of a value of several words: "person" of "in person" (Mode "In-Person"). */
    private static boolean inValue(Reading r, Catalog catalog, int i) {
        String said = " " + String.join(" ", r.tokens.stream().map(Token::lower).toList())
                .replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String word = r.at(i).lower();
        return catalog.columns().stream().filter(c -> c.role().labels()).flatMap(c -> c.values().stream())
                .map(v -> v.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                .anyMatch(v -> v.contains(" ") && (" " + v + " ").contains(" " + word + " ")
                        && said.contains(" " + v + " "));
    }

    static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "quarter", "year", "decade");

    /**
     * The question's word for what a row is ("how many airports", "the windiest day", "which penguin"): accepted only
     * when the data says so (the dataset's own name, a word for a row, a unit of its time); any other noun stays
     * unused and is reported, since it may be a condition the plan does not know ("how many women").
     */
    static void read(Reading r, Draft d, int countAt) {
        Set<String> rowWords = new java.util.HashSet<>();
        for (String w : d.catalog.entityWords()) {
            rowWords.add(w);
            rowWords.add(w.replaceAll("ies$", "y").replaceAll("(?<=[^s])s$", ""));
        }
        rowWords.add(d.catalog.entity(false)); // "movie" of movies.json, which no rule of endings gives
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            if (r.used(i) || t.isNumber() || !t.lower().matches("\\p{L}{3,}")) {
                continue;
            }
            if (t.is("record") && i > 0 && r.at(i - 1).is("on")) {
                r.use(i - 1);
                r.use(i); // "the highest value on record": ever, which counts no records
                continue;
            }
            if (t.text().matches("(?i).*['’]s") && t.isAny(rowWords)) {
                r.use(i); // "iowa's electricity": the dataset's name as a possessive says whose, not what is counted
                continue;
            }
            boolean timeUnit = t.isAny(TIME_UNITS) && d.catalog.time().isPresent()
                    || t.is("hour") && d.catalog.time().filter(DataColumn::timeOfDay).isPresent();
            // "the price of each stock": one figure per stock is asked, which the dataset's name alone cannot give
            boolean each = i > 0 && r.at(i - 1).isAny(Set.of("each", "every")) && !RowWords.is(t);
            // "strikes" in birdstrikes.csv: the end of a compound name
            boolean compound = t.lower().length() >= 5 && d.catalog.entityWords().stream()
                    .anyMatch(w -> w.length() > t.lower().length() && w.endsWith(t.lower()));
            // "wind" in windvectors.csv: the start of a compound name says what the data is about, not what a row is
            boolean about = t.lower().length() >= 4 && d.catalog.entityWords().stream()
                    .anyMatch(w -> w.length() > t.lower().length() + 2 && w.startsWith(t.lower()));
            if (about && !compound) {
                r.use(i);
                continue;
            }
            if (!each && (t.isAny(rowWords) || RowWords.is(t) || compound) || timeUnit && nearAsk(r, i, countAt)) {
                d.entity = d.entity == null || timeUnit ? t.text() : d.entity;
                if (timeUnit && countAt >= 0 && i > countAt && i - countAt <= 3) {
                    d.countedGrain = t.lower().replaceAll("s$", "");
                }
                r.use(i);
            }
        }
        weekdaysCounted(r, d, countAt);
    }

    /** "how many saturdays were sunny": the days of that weekday the rows fall on, each counted once. */
    private static void weekdaysCounted(Reading r, Draft d, int countAt) {
        boolean asked = countAt >= 0 && d.countedGrain == null && d.catalog.time()
                .filter(c -> c.role() == ColumnRole.TIME).isPresent();
        for (Filter f : d.filters) {
            if (asked && f instanceof Filter.During during && !during.period().weekdays().isEmpty()) {
                int at = during.period().tokens().isEmpty() ? -1 : during.period().tokens().get(0);
                if (at > countAt && at - countAt <= 2 && r.at(at).lower().endsWith("s")) {
                    d.countedGrain = "day";
                    d.entity = r.at(at).text();
                    return;
                }
            }
        }
    }

    /** Right after the count words, "which", a superlative or "top N". */
    private static boolean nearAsk(Reading r, int i, int countAt) {
        if (countAt >= 0 && i > countAt && i - countAt <= 3) {
            return true;
        }
        Token before = r.before(i, Vocabulary.ARTICLES);
        // "days where the close was above the open", "list the days with …": the rows asked for are listed
        return before == null || before.is("which") || before.is("what") || Planner.superlative(before)
                || before.isNumber() || before.is("top") || before.isAny(Set.of("list", "show", "find", "give", "all"));
    }

}
