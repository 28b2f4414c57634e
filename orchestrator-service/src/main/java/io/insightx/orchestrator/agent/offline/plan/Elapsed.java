package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The time from a start to an end the data holds in two columns ("Opened At" and "Closed At", "signup_date" and
 * "churn_date", a monarch's "start" and "end" years): asked as "how long", "the longest", "time to close", or a noun
 * that WordNet says is a stretch of time ("reign", "tenure", "wait", "turnaround"). It is computed for each row, in
 * the unit the question says ("in days") or the data's own (years of years, days of dates, hours of timestamps);
 * rows with no end yet are left out, and the answer says how.
 */
final class Elapsed {

    private static final Set<String> STARTS = Set.of("start", "started", "starting", "begin", "began", "beginning",
            "open", "opened", "created", "creation", "signup", "signed", "joined", "join", "hired", "hire", "admitted",
            "admission", "departure", "departed", "onset", "birth", "born", "from", "since", "first", "submitted",
            "reported", "placed", "order", "ordered", "received", "pickup", "picked", "checkin", "login", "entry",
            "entered");
    private static final Set<String> ENDS = Set.of("end", "ended", "ending", "finish", "finished", "close", "closed",
            "resolved", "resolution", "churn", "churned", "cancelled", "canceled", "cancel", "left", "terminated",
            "termination", "discharged", "discharge", "resolve", "resolves", "complete", "fix", "fixed", "deliver", "arrival", "arrived", "death", "died", "to", "until", "last",
            "completed", "completion", "ship", "shipped", "delivered", "delivery", "done", "expiry", "expired", "exit",
            "reply", "replied", "response", "respond", "responds", "responded", "answer", "answered", "return",
            "returned", "dropoff", "resulted", "checkout", "logout", "restored", "restore", "restoration", "repaired",
            "recovered", "collected", "collection", "claimed");
    /** A column's name marks its start or end with a particle too: "clock_in" and "clock_out", "time_in". */
    private static final Set<String> NAME_STARTS = Stream.concat(STARTS.stream(), Stream.of("in"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> NAME_ENDS = Stream.concat(ENDS.stream(), Stream.of("out"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words that mark when work on a row began, after it was created or queued: "started_at", "begin_time". */
    private static final Set<String> BEGUN = Set.of("start", "started", "starting", "begin", "began", "beginning");
    /** Nouns of the time before work began: "avg wait before a task starts", "lead time". */
    private static final Set<String> WAITS = Set.of("wait", "waits", "waiting", "queue", "queued", "queueing", "lead");
    /** Words of a date a row was asked for on, before its work began: "booked_at", "requested_on". */
    private static final Set<String> ASKED_FOR = Set.of("booked", "booking", "reserved", "requested", "request");
    /** Words of an end that are not also words of direction or order ("to", "until", "last"). */
    private static final Set<String> NOT_EVENTS = Set.of("to", "until", "last");

    /** Whether a column is the date an end happened on: "cancel_date", "Resolved At", "term_date". */
    static boolean endDate(DataColumn c) {
        return c.role() == ColumnRole.TIME && c.words().stream().anyMatch(w -> ENDS.contains(w) && !NOT_EVENTS.contains(w)
                || w.equals("term"));
    }

    /** Units of time in seconds; a night is a day counted by the calendar, as a stay's nights are. */
    private static final java.util.Map<String, Double> UNITS = java.util.Map.of("second", 1.0, "minute", 60.0,
            "hour", 3600.0, "day", 86400.0, "night", 86400.0, "week", 604800.0, "month", 2629800.0, "year", 31557600.0);
    /** Verbs of "how long does it take", "how long did it last". */
    private static final Set<String> LASTING = Set.of("take", "takes", "took", "taken", "last", "lasted", "lasts", "stay",
            "stayed", "remain", "remained");
    /** Words between a unit and the dates it spans: "days before arrival", "hours from order to shipment". */
    private static final Set<String> BETWEEN_DATES = Set.of("before", "after", "between", "from", "until", "till");
    private static final Set<String> GROUPING = Set.of("by", "per", "each", "every");
    /** Words that say the time is measured: "reign length", "the duration of". */
    private static final Set<String> MEASURES = Set.of("length", "lengths", "duration", "durations");
    private static final Set<String> LONG = Set.of("long", "longest", "longer", "lengthiest", "slow", "slowest", "slower");
    /** Words that ask the time between two dates and nothing else: "how long", "length of stay", "time between". */
    private static final Set<String> PLAINLY = Stream.concat(MEASURES.stream(),
            Stream.of("how", "long", "stay", "stays", "time", "between", "from", "longest", "shortest"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> SHORT = Set.of("short", "shortest", "shorter", "quickest", "fastest");
    /** Grains and words other steps read ("the whole period"), never the time between two columns. */
    private static final Set<String> NOT_SPANS = Set.of("period", "time", "times", "date", "day", "week", "month",
            "quarter", "year", "decade", "century", "hour", "minute", "second", "season", "moment", "today", "now",
            "weekday", "weekend", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall",
            "winter", "holiday", "semester", "future", "past", "history", "yesterday", "tomorrow", "rate", "rates",
            "frequency", "pace", "recent", "first", "last", "latest", "earliest", "start", "end", "beginning",
            "calendar");

    private record Pair(DataColumn start, DataColumn end) {
    }

    private Elapsed() {
    }

    /**
     * The mention of the time from start to end at the words that ask it, or empty. {@code beforeValues} are the
     * columns linked before values took their words: "cancel" is the status Canceled and also names Cancellation Date.
     */
    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions,
            List<ColumnMention> beforeValues, Lexicon lexicon) {
        actsAsDates(r, d.catalog, mentions);
        // "how many days after the fill date do people pick up": with two dates named, a unit said alone is the time's
        // unit, not a column of days ("Days Supply"); it is given back if no time is read
        boolean twoDates = mentions.stream().filter(m -> m.column().role() == ColumnRole.TIME).count() >= 2;
        // "total hours booked", "the most hours": a unit said as time spent is no column that merely shares its root
        // (room_hourly_rate)
        List<ColumnMention> units = mentions.stream().filter(m -> m.tokens().size() == 1
                && !m.whole() && m.column().role().numeric() && UNITS.containsKey(unitOf(r.at(m.first())))
                && (twoDates || spent(r, m.first()) || ofAnEnd(r, m.first()))).toList();
        mentions.removeAll(units);
        Optional<ColumnMention> time = between(r, d, mentions, beforeValues, lexicon);
        if (time.isEmpty() && !units.isEmpty()) {
            mentions.addAll(units);
            mentions.sort(java.util.Comparator.comparingInt(ColumnMention::first));
        }
        return time;
    }

    private static Optional<ColumnMention> between(Reading r, Draft d, List<ColumnMention> mentions,
            List<ColumnMention> beforeValues, Lexicon lexicon) {
        // a time the data holds already ("first_response_mins", "trip_duration") is never computed from two dates
        // ("net of breaks" names a time to take off, not the time asked)
        // (a yes/no read from text is a formula too, but no time)
        if (mentions.stream().anyMatch(m -> !takenOff(r, m) && !unitAsked(r, m) && (m.column().formula() != null
                && m.column().role() != ColumnRole.FLAG || m.column().words().stream()
                .anyMatch(w -> w.equals("duration") || w.equals("length")) || heldTime(m.column())))) {
            return Optional.empty();
        }
        List<Integer> asked = new ArrayList<>();
        Token edge = null;
        boolean worked = false; // time spent ("hours worked"), an amount rather than a level
        boolean unitAsked = false; // "avg minutes per visit": a unit of time is what is measured
        for (Token t : r.tokens) {
            int i = t.index();
            if (r.used(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
                continue;
            }
            Token next = r.at(i + 1);
            String singular = unitOf(t);
            if (t.is("how") && next != null && next.is("long") && r.free(i + 1)) {
                asked.add(i);
                asked.add(i + 1); // "how long did tickets stay open"
                for (int k = i + 2; r.at(k) != null; k++) {
                    if (r.free(k) && r.at(k).isAny(LASTING)) {
                        asked.add(k); // "how long does it take to close a ticket"
                    } else if (asked.contains(k - 1) && r.at(k).is("to") && r.free(k) && r.free(k + 1)
                            && r.at(k + 1).lower().matches("\\p{L}+")) {
                        asked.addAll(List.of(k, k + 1));
                    }
                }
            } else if ((t.is("time") || UNITS.containsKey(singular)) && next != null && next.is("to")
                    && r.free(i + 1) && r.free(i + 2) && r.at(i + 2).lower().matches("\\p{L}+")) {
                // "time to close", "avg hours to resolve": the unit is read with the others below
                asked.addAll(t.is("time") ? List.of(i, i + 1, i + 2) : List.of(i + 1, i + 2));
            } else if (UNITS.containsKey(singular) && next != null && next.isAny(BETWEEN_DATES) && r.free(i + 1)
                    && !gapToTheNext(r, i + 1)) {
                asked.add(i + 1); // "days before arrival", "days from order to shipment": the dates are named
            } else if (UNITS.containsKey(singular) && next != null && next.lower().matches("\\p{L}{3,}ed")
                    && quantity(r.at(i - 1)) && mentions.stream().noneMatch(m -> m.tokens().contains(i + 1)
                            && m.column().role().numeric() && !m.column().role().time())) {
                // "worked" may name work_date, "booked" booking_id: still the hours of work, of the bookings
                // "hours worked", "minutes spent": the time between the data's start and end; a verb a period has
                // already taken ("worked in march") leaves the unit to say it
                asked.add(r.free(i + 1) ? i + 1 : i);
                worked = true;
            } else if (UNITS.containsKey(singular) && !singular.equals(t.lower()) && aggregateBefore(r, i)
                    && !(next != null && next.isAny(BETWEEN_DATES))) {
                // "avg minutes per visit", "total hours on the wall": time taken, in that unit
                asked.add(i);
                unitAsked = true;
            } else if (UNITS.containsKey(singular) && !singular.equals(t.lower()) && r.at(i - 1) != null
                    && r.at(i - 1).isAny(MOST) && r.free(i - 1)) {
                asked.add(i); // "which company books the most hours": time spent, ranked
                worked = true;
            } else if ((t.isAny(LONG) || t.isAny(SHORT)) && !(next != null && next.is("than") && !comparedToNumber(r, i + 2))) {
                // "took longer than the avg restore time" is no longest: a comparison this step cannot make, left
                // for the answer to report; "longer than 3 hours" is read by the comparison of numbers
                boolean compared = next != null && next.is("than");
                edge = !compared && (t.lower().endsWith("est") || t.lower().endsWith("er")) ? t : edge;
                asked.add(i);
                int verb = r.at(i - 1) != null && r.at(i - 1).is("the") ? i - 2 : i - 1;
                if (r.at(verb) != null && r.free(verb) && r.at(verb).isAny(LASTING)) {
                    asked.add(verb); // "which cause takes the longest to fix"
                    if (r.at(i - 1).is("the")) {
                        asked.add(i - 1);
                    }
                }
                if (next != null && next.is("to") && r.free(i + 1) && r.free(i + 2) && r.at(i + 2) != null
                        && r.at(i + 2).isAny(ENDS)) {
                    asked.addAll(List.of(i + 1, i + 2)); // "the longest to fix", "quickest to resolve"
                }
                int noun = next != null && Vocabulary.AGGREGATES.containsKey(next.lower()) ? i + 2 : i + 1;
                if (r.at(noun) != null && r.free(noun) && mentions.stream().noneMatch(m -> m.tokens().contains(noun))
                        && lasting(r.at(noun), lexicon)) {
                    asked.add(noun); // "the longest stay", "the shortest avg wait"
                }
            } else if (t.isAny(LASTING) && timeCompared(r, i)) {
                asked.add(i); // "outages that lasted more than 10 hours", "took over 2 days"
            } else if (t.isAny(MEASURES)) {
                asked.add(i); // "avg workout length", "median visit duration": asked of the data's start and end
                Token before = r.at(i - 1);
                int at = i - 1;
                // (the rows' own noun though a key names it: "avg booking length" of bookings keyed by Booking Ref)
                if (before != null && r.free(at) && (mentions.stream().noneMatch(m -> m.tokens().contains(at))
                        || RowNoun.names(d.catalog, before)) && before.lower().matches("\\p{L}{3,}")
                        && lexicon.noun(before.lower()) && !Planner.analysis(before)) {
                    asked.add(at); // the thing whose length it is: a workout, a visit, a stay
                }
                int of = i + 2;
                if (next != null && next.is("of") && r.free(i + 1) && r.free(of) && r.at(of) != null
                        && mentions.stream().noneMatch(m -> m.tokens().contains(of)) && lasting(r.at(of), lexicon)) {
                    asked.addAll(List.of(i + 1, of)); // "the length of stay", "duration of each visit"
                }
            } else if (t.is("time") && i > 0 && r.free(i - 1) && !r.at(i - 1).isNumber() && !r.at(i - 1).isAny(STARTS)
                    && !Vocabulary.AGGREGATES.containsKey(r.at(i - 1).lower())
                    && (r.at(i - 1).isAny(ENDS) || lexicon.noun(r.at(i - 1).lower()))) {
                // ("start time", "pickup time" are the moments a start was recorded, not times taken)
                asked.addAll(List.of(i - 1, i)); // "resolution time", "turnaround time"
            } else if (t.is("time") && next != null && next.isAny(Set.of("on", "at")) && !where(r, lexicon).isEmpty()) {
                asked.add(i); // "avg time on site": time spent there, the place read below
            } else if (t.is("time") && next != null && next.isAny(BETWEEN_DATES) && r.free(i + 1)
                    && !gapToTheNext(r, i + 1)) {
                asked.addAll(List.of(i, i + 1)); // "time between filing and publishing", "time from intake to outcome"
            } else if ((!t.isAny(NOT_SPANS) && Vocabulary.grain(t) == null || t.is("period") && r.has(Set.of("long")))
                    && t.lower().matches("\\p{L}{4,}") && !(next != null && next.isAny(PARTICLES))
                    && t.lemmas().stream().anyMatch(lexicon::span)) {
                asked.add(i); // "reign", "tenure", "wait", "lifetime"
            }
        }
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        for (int k : List.copyOf(asked)) {
            for (int near : new int[] {k - 1, k + 1}) {
                if (r.free(near) && !asked.contains(near) && (r.at(near).isAny(ENDS) || r.at(near).isAny(MEASURES))) {
                    asked.add(near); // "the fastest resolution", "avg reign length"
                }
            }
        }
        List<ColumnMention> named = alike(r, d.catalog, namedDates(r, d.catalog, java.util.stream.Stream.concat(
                mentions.stream(), beforeValues.stream().filter(m -> m.tokens().stream().allMatch(r::used))).toList()));
        boolean waiting = asked.stream().anyMatch(i -> r.at(i).isAny(WAITS));
        for (int k : List.copyOf(asked)) {
            if (r.at(k).isAny(WAITS) && r.at(k + 1) != null && r.at(k + 1).isAny(Set.of("before", "until", "till"))
                    && r.free(k + 1)) {
                asked.add(k + 1); // "the wait before a task starts"
            }
        }
        Pair chosen = chosen(d.catalog.columns(), named.stream().map(ColumnMention::column).toList(), waiting);
        // "avg length of stay", "time from intake to outcome": a time between two dates said plainly is the one
        // between the data's only two, whatever their names; a noun of some other time ("overtime") is not
        boolean plainly = !named.isEmpty() || unitAsked || asked.stream().map(r::at).anyMatch(t -> t.isAny(PLAINLY));
        Pair pair = chosen == null && plainly ? onlyTwoDates(d.catalog.columns()) : chosen;
        if (pair == null || unitAsked && named.isEmpty() && dates(pair) && asked.stream().map(r::at)
                .map(Elapsed::unitOf).filter(UNITS::containsKey).anyMatch(u -> UNITS.get(u) < UNITS.get("day"))) {
            return Optional.empty(); // "avg hours per employee" between a hire date and an exit date is no time taken
        }
        if (edge != null) {
            d.superlative |= edge.lower().endsWith("est");
            d.aggregate = edge.isAny(SHORT) ? Aggregate.MIN : Aggregate.MAX;
            d.low |= edge.isAny(SHORT);
        }
        for (ColumnMention m : named) {
            if (m.column().equals(pair.start()) || m.column().equals(pair.end())) {
                // "time to first response": the date named is the time's end; "cancel" stays the status Canceled too
                m.tokens().stream().filter(r::free).forEach(asked::add);
            }
        }
        String unit = unit(r, asked, pair);
        for (Token t : r.tokens) {
            if (r.free(t.index()) && !asked.contains(t.index()) && unit.equals(unitOf(t))) {
                asked.add(t.index()); // the unit said again: "how many days … (calendar days)"
                Token before = r.at(t.index() - 1);
                if (before != null && before.is("calendar") && r.free(before.index())) {
                    asked.add(before.index());
                }
            }
        }
        // the answer's word for the time: "reign" (also of "reigned"), "resolution", else "time"
        String noun = asked.stream().map(r::at).filter(t -> t.lower().matches("\\p{L}{4,}") && !t.isAny(LONG)
                && !t.isAny(SHORT) && !t.isAny(LASTING) && !t.isAny(MEASURES) && !t.is("time")
                && !UNITS.containsKey(unitOf(t)))
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.lower()), t.lemmas().stream()))
                .filter(w -> lexicon.span(w) || ENDS.contains(w)).findFirst().orElse("time");
        DataColumn elapsed = column(pair, unit, noun, worked);
        Deduction less = deduction(r, d, unit);
        if (less != null) {
            // "hours worked net of breaks": the time less a time the rows record apart, in the time's unit
            asked.addAll(less.tokens());
            mentions.removeIf(m -> m.tokens().stream().anyMatch(less.tokens()::contains));
            elapsed = new DataColumn(elapsed.name() + " less " + less.column().name(), elapsed.type(), elapsed.role(),
                    elapsed.words(), elapsed.unit(), List.of(), Set.of(), elapsed.dna(), null, elapsed.formula()
                    + " - coalesce(" + less.column().sql() + ", 0) * " + less.factor());
            d.notes.add("Took " + less.column().name() + " off the time.");
        }
        DataColumn missing = pair.end().hasBlanks() ? pair.end()
                : pair.start().hasBlanks() ? pair.start() : null;
        if (missing == pair.end()) {
            List<Integer> ended = finished(r);
            ended.forEach(asked::add);
            boolean endNamed = named.stream().anyMatch(m -> m.column().equals(pair.end()));
            // "only stays that have checked out", "finished stays only": the rows kept are those that ended
            r.tokens.stream().filter(t -> t.is("only") && r.free(t.index()) && (endNamed || !ended.isEmpty()))
                    .forEach(t -> asked.add(t.index()));
        }
        String open = missing == null ? "" : " Rows with no " + missing.name() + " yet ("
                + Numbers.grouped(missing.dna().path("nullCount").asLong()) + ") are left out.";
        List<String> others = named.isEmpty() ? otherDates(d.catalog.columns(), pair) : List.of();
        if (!others.isEmpty()) {
            // the question named no date, and the data holds another the time could start or end at
            d.guessed = true;
            open += " The question named no dates; " + String.join(", ", others) + " could also be meant.";
        }
        d.notes.add("Computed the " + unit + "s from " + pair.start().name() + " to " + pair.end().name() + " for each row."
                + open);
        asked.addAll(where(r, lexicon));
        asked.sort(Integer::compare);
        // "the fastest reply": the word that named the end date is the time's, not a date to group by
        // "hours worked" over work_date: the verb said the time, not a date to average
        List<ColumnMention> ends = mentions.stream().filter(m -> m.tokens().stream().anyMatch(asked::contains)
                && (m.column().equals(pair.start()) || m.column().equals(pair.end())
                        || named.stream().anyMatch(n -> n.tokens().equals(m.tokens()))
                        || asked.containsAll(m.tokens()))).toList(); // "pick time" is the time, not qtyPicked
        mentions.removeAll(ends);
        // "between booking and arrival": Booking Ref was never taken for "booking", so its note goes too
        ends.forEach(m -> d.notes.removeIf(n -> n.startsWith("Taking " + m.column().name() + " for '")));
        return Optional.of(new ColumnMention(elapsed, List.copyOf(asked), 1.0, true, List.of()));
    }

    /** "time on site", "mins at the venue": where the time was spent, which the two times already say. */
    private static List<Integer> where(Reading r, Lexicon lexicon) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            int place = r.at(i + 1).is("the") ? i + 2 : i + 1;
            if (r.free(i) && r.at(i).isAny(Set.of("on", "at")) && r.free(place) && r.at(place) != null
                    && lexicon.place(r.at(place).lower())) {
                return place == i + 2 ? List.of(i, i + 1, place) : List.of(i, place);
            }
        }
        return List.of();
    }

    /** A time the rows record apart, taken off the elapsed time: break_minutes of "net of breaks". */
    private record Deduction(DataColumn column, double factor, List<Integer> tokens) {
    }

    /** Whether an aggregate is asked of a unit of time right after it: "avg minutes", "total hours". */
    private static boolean aggregateBefore(Reading r, int unit) {
        // "avg response mins": the end the time runs to may stand between
        int at = r.at(unit - 1) != null && r.at(unit - 1).isAny(ENDS) && r.free(unit - 1) ? unit - 2 : unit - 1;
        Token before = r.at(at);
        Token after = r.at(unit + 1);
        // "total minutes of video watched" are minutes of something the data may not hold, not of the rows
        return before != null && r.free(at) && measuring(before) && !(after != null && after.is("of"));
    }

    /**
     * An aggregate of figures ("avg", "total", "median"), never a count ("distinct days" are days, not time taken) nor
     * a superlative ("the most hours" is read with the things ranked).
     */
    private static boolean measuring(Token t) {
        Aggregate a = Vocabulary.AGGREGATES.get(t.lower());
        return a != null && !a.edge() && a != Aggregate.COUNT && a != Aggregate.COUNT_DISTINCT;
    }

    /** Units of time as column names shorten them ("break_mins", "wait_hr"). */
    private static final java.util.Map<String, String> SHORT_UNITS = java.util.Map.of("min", "minute", "hr", "hour",
            "sec", "second");

    private static final Set<String> LESS = Set.of("net", "minus", "less", "excluding", "excl", "deducting", "without");

    /**
     * "session length in minutes": a unit said after "in" is the answer's unit, never the column idle_min, unless the
     * column's other words are said too ("idle time in minutes").
     */
    private static boolean unitAsked(Reading r, ColumnMention m) {
        boolean named = m.column().words().stream().filter(w -> !inTime(w))
                .anyMatch(w -> r.tokens.stream().anyMatch(t -> t.lemmas().contains(w) || t.lower().equals(w)));
        return m.tokens().size() == 1 && !m.whole() && inTime(r.at(m.first()).lower()) && UnitAsked.afterIn(r, m.first())
                && !named;
    }

    /** Whether the mention follows a word of taking off: "net of breaks", "minus breaks". */
    private static boolean takenOff(Reading r, ColumnMention m) {
        Token before = r.at(m.first() - 1);
        Token twoBefore = r.at(m.first() - 2);
        return before != null && before.isAny(LESS) || before != null && before.is("of") && twoBefore != null && twoBefore.isAny(LESS);
    }

    /** "net of breaks", "minus breaks", "excluding break time": a column of time whose first word is said after such a word. */
    private static Deduction deduction(Reading r, Draft d, String unit) {
        for (int k = 0; k < r.tokens.size(); k++) {
            if (!r.free(k) || !r.at(k).isAny(LESS)) {
                continue;
            }
            int at = r.at(k + 1) != null && r.at(k + 1).is("of") ? k + 2 : k + 1;
            Token said = r.at(at);
            if (said == null) {
                continue;
            }
            for (DataColumn c : d.catalog.columns()) {
                String last = c.words().isEmpty() ? "" : c.words().get(c.words().size() - 1);
                boolean timed = c.role().numeric() && c.words().size() >= 2 && inTime(last);
                if (timed && said.isAny(Set.of(c.words().get(0)))) {
                    String own = last.replaceAll("s$", "");
                    Double from = UNITS.get(SHORT_UNITS.getOrDefault(own, own));
                    if (from == null) {
                        continue;
                    }
                    List<Integer> tokens = new ArrayList<>(java.util.stream.IntStream.rangeClosed(k, at).boxed().toList());
                    return new Deduction(c, from / UNITS.get(unit), tokens);
                }
            }
        }
        return null;
    }

    private static final Set<String> MOST = Set.of("most", "fewest", "least");
    /** Particles that make a noun of time a verb of setting aside: "leave out", "lay off". */
    private static final Set<String> PARTICLES = Set.of("out", "off", "aside");

    /**
     * "response mins", "median response time …, minutes": a unit said of an end the data dates, not a column of that
     * unit ("labour_min").
     */
    private static boolean ofAnEnd(Reading r, int i) {
        Token before = r.at(i - 1);
        boolean right = before != null && r.free(i - 1) && before.isAny(ENDS) && !before.isAny(NOT_EVENTS);
        return right || r.tokens.stream().anyMatch(t -> r.free(t.index()) && t.isAny(ENDS) && !t.isAny(NOT_EVENTS)
                && r.at(t.index() + 1) != null && r.at(t.index() + 1).is("time"));
    }

    /** Whether the unit at i is said as time spent: "hours booked" after a quantity, or "the most hours". */
    private static boolean spent(Reading r, int i) {
        Token next = r.at(i + 1);
        Token before = r.at(i - 1);
        return before != null && (before.isAny(MOST) || next != null && next.lower().matches("\\p{L}{3,}ed") && quantity(before));
    }

    /** "total hours worked", "how many minutes spent": a unit said as an amount, not as a period ("per month based on"). */
    private static boolean quantity(Token before) {
        return before != null && (Vocabulary.AGGREGATES.containsKey(before.lower()) || before.isAny(Set.of("many", "of", "the", "by")));
    }

    /**
     * Whether a number column holds a time: a unit of time in its name ("first_response_mins", "Duration (hours)"),
     * not as the "per" of a rate ("machine_sheets_per_hr", "Km per Hour"), which holds no time.
     */
    private static boolean heldTime(DataColumn c) {
        String name = c.name().toLowerCase(java.util.Locale.ROOT);
        return c.role().numeric() && c.words().stream().anyMatch(w -> inTime(w)
                && !name.matches(".*per[\\s_-]*" + java.util.regex.Pattern.quote(w) + "(?![a-z]).*"));
    }

    /** Whether a word of a column's name is a unit of time: "mins", "hours", "days". */
    private static boolean inTime(String word) {
        return UNITS.containsKey(word.replaceAll("s$", "")) || Set.of("min", "mins", "hr", "hrs", "sec", "secs").contains(word);
    }

    /** Whether a number with a unit of time follows the verb closely: "lasted more than 10 hours". */
    private static boolean timeCompared(Reading r, int verb) {
        for (int k = verb + 1; k <= verb + 4 && r.at(k + 1) != null; k++) {
            if (r.at(k).isNumber() && UNITS.containsKey(r.at(k + 1).lower().replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** "days between intakes" with no second end: the gap from one row to the next, {@link TimeBetween}'s. */
    private static boolean gapToTheNext(Reading r, int word) {
        return r.at(word).is("between") && r.tokens.subList(word + 1, r.tokens.size()).stream()
                .noneMatch(a -> a.isAny(Set.of("and", "to")));
    }

    /** A noun of time spent somewhere: "stay" (a verb of lasting too), "wait", "tenure". */
    private static boolean lasting(Token t, Lexicon lexicon) {
        return t.lower().matches("\\p{L}{4,}") && !t.isAny(NOT_SPANS) && lexicon.noun(t.lower())
                && (t.isAny(LASTING) || t.isAny(WAITS) || t.lemmas().stream().anyMatch(lexicon::span));
    }

    /** Whether a number follows (after an article): "longer than 3 hours", "shorter than a day". */
    private static boolean comparedToNumber(Reading r, int at) {
        Token t = r.at(at);
        return t != null && (t.isNumber() || t.isAny(Set.of("a", "an", "one")));
    }

    /** "how long did the commonwealth last" over data with a start and an end: their time, not the data's span. */
    static boolean asksHowLong(Reading r, io.insightx.orchestrator.agent.offline.link.Catalog catalog) {
        boolean howLong = false;
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            howLong |= r.at(i).is("how") && r.at(i + 1).is("long");
        }
        return howLong && pair(catalog.columns()) != null;
    }

    /**
     * The verbs of "time to close", "hours to resolve", "how long does it take to ship", "longest to fix": never a value ("close" is not
     * the status Closed), so value linking skips them.
     */
    static Set<Integer> verbs(Reading r) {
        Set<Integer> verbs = new java.util.HashSet<>();
        for (int k = 2; k < r.tokens.size(); k++) {
            Token before = r.at(k - 2);
            boolean unit = before.is("time") || UNITS.containsKey(before.lower().replaceAll("s$", "")) || before.isAny(LASTING)
                    || before.isAny(LONG) || before.isAny(SHORT); // "the longest to resolve"
            if (r.at(k - 1).is("to") && unit && r.at(k).lower().matches("\\p{L}+")) {
                verbs.add(k);
            }
        }
        return verbs;
    }

    /**
     * The one start and end the data holds, or null: names alike but for a start word and an end word, else the only
     * date named for a start and the only one named for an end ("submitted_at", "developer_reply_date").
     */
    private static Pair pair(List<DataColumn> columns) {
        List<Pair> pairs = new ArrayList<>();
        for (DataColumn a : columns) {
            for (DataColumn b : columns) {
                if (a != b && sameKind(a, b) && marked(a, NAME_STARTS) != null && marked(b, NAME_ENDS) != null
                        && rest(a, NAME_STARTS).equals(rest(b, NAME_ENDS))) {
                    pairs.add(new Pair(a, b));
                }
            }
        }
        if (pairs.isEmpty()) {
            List<DataColumn> starts = columns.stream().filter(c -> c.role() == ColumnRole.TIME && marked(c, NAME_STARTS) != null
                    && marked(c, NAME_ENDS) == null).toList();
            List<DataColumn> ends = columns.stream().filter(c -> c.role() == ColumnRole.TIME && marked(c, NAME_ENDS) != null
                    && marked(c, NAME_STARTS) == null).toList();
            if (starts.size() == 1 && ends.size() == 1) {
                pairs.add(new Pair(starts.get(0), ends.get(0)));
            }
            if (starts.isEmpty() && ends.size() == 2 && sameKind(ends.get(0), ends.get(1))) {
                // "arrival" and "finished" of a sweep on site: two ends, of the journey and of the work, one visit
                java.util.Optional.ofNullable(ordered(ends.get(0), ends.get(1))).ifPresent(pairs::add);
            }
        }
        if (pairs.size() > 1) {
            // created, started and completed: the time of the work runs from its start, not from its creation
            List<Pair> begun = pairs.stream().filter(p -> marked(p.start(), BEGUN) != null).toList();
            pairs = begun.size() == 1 ? begun : pairs;
        }
        return pairs.size() == 1 ? inOrder(pairs.get(0).start(), pairs.get(0).end()) : null;
    }

    /**
     * The data's only two dates, when every row's first comes before its second at both ends of their ranges
     * ("intake_ts" and "outcome_ts", "list_date" and "sale_date"): whatever their names, the time between them is the
     * one the rows can have.
     */
    private static Pair onlyTwoDates(List<DataColumn> columns) {
        List<DataColumn> dates = columns.stream().filter(c -> c.role() == ColumnRole.TIME && !years(c)).toList();
        if (dates.size() != 2 || !sameKind(dates.get(0), dates.get(1))) {
            return null;
        }
        return ordered(dates.get(0), dates.get(1));
    }

    /** The two columns as start and end where one comes first at both ends of their ranges, else null. */
    private static Pair ordered(DataColumn a, DataColumn b) {
        return before(a, b, "min") && before(a, b, "max") ? new Pair(a, b)
                : before(b, a, "min") && before(b, a, "max") ? new Pair(b, a) : null;
    }

    /** The wait before work began: from the one earlier date every row holds (created, queued) to the one start. */
    private static Pair waitOf(List<DataColumn> columns) {
        List<DataColumn> begun = columns.stream().filter(c -> c.role() == ColumnRole.TIME && marked(c, BEGUN) != null).toList();
        if (begun.size() != 1) {
            return null;
        }
        DataColumn start = begun.get(0);
        List<DataColumn> before = columns.stream().filter(c -> c != start && sameKind(c, start)
                && !c.hasBlanks() && (marked(c, NAME_STARTS) != null || marked(c, ASKED_FOR) != null)
                && earlier(c, start)).toList();
        return before.size() == 1 ? new Pair(before.get(0), start) : null;
    }

    /** Dates earlier than the time's start that mark when a row was made, not when its work began: not another start. */
    private static boolean beforeWork(DataColumn c, Pair pair) {
        return marked(pair.start(), BEGUN) != null && marked(c, NAME_STARTS) != null && earlier(c, pair.start());
    }

    /**
     * The start and end a question names ("between booking and arrival", "days before arrival do people cancel"),
     * else the one it names with the rows' first date ("time to first response" from Opened At), else the data's pair.
     */
    private static Pair chosen(List<DataColumn> columns, List<DataColumn> named, boolean waiting) {
        // "avg wait before a task starts": the start named is the wait's end
        Pair wait = waiting ? waitOf(columns) : null;
        if (wait != null && (named.isEmpty() || named.size() == 1 && named.get(0).equals(wait.end()))) {
            return wait;
        }
        Pair words = pair(columns);
        if (named.size() >= 2 && sameKind(named.get(0), named.get(1))) {
            return inOrder(named.get(0), named.get(1));
        }
        if (named.size() == 1) {
            DataColumn end = named.get(0);
            if (words != null && (words.start().equals(end) || words.end().equals(end))) {
                return words;
            }
            DataColumn first = columns.stream().filter(c -> c != end && sameKind(c, end)
                    && !c.hasBlanks() && earlier(c, end))
                    .min((a, b) -> earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0).orElse(null);
            if (first != null) {
                return new Pair(first, end);
            }
        }
        return words;
    }

    /** The dates, other than the pair's, that every row holds, of the same kind: a start or end the time could have. */
    private static List<String> otherDates(List<DataColumn> columns, Pair pair) {
        // a wait ends when work begins: the work's own end is no other end of it
        boolean wait = marked(pair.end(), BEGUN) != null;
        return columns.stream().filter(c -> c != pair.start() && c != pair.end() && sameKind(c, pair.start())
                && !c.hasBlanks() && !beforeWork(c, pair) && !(wait && marked(c, NAME_ENDS) != null))
                .map(DataColumn::name).toList();
    }

    /**
     * The dates a question names as a start or an end, each as a mention of its date: not one it groups by ("by
     * arrival month") or takes a period of ("opened in 2024").
     */
    private static List<ColumnMention> namedDates(Reading r, Catalog catalog, List<ColumnMention> mentions) {
        Set<DataColumn> seen = new java.util.HashSet<>();
        List<ColumnMention> named = new ArrayList<>();
        List<ColumnMention> inOrder = mentions.stream()
                .sorted(java.util.Comparator.comparingInt(ColumnMention::first)).toList();
        for (ColumnMention m : inOrder) {
            Token before = r.at(m.first() - 1);
            Token after = r.at(m.last() + 1);
            Token then = r.at(m.last() + 2);
            boolean grouped = before != null && (before.isAny(GROUPING) || Vocabulary.grain(before) != null)
                    || after != null && Vocabulary.grain(after) != null;
            boolean period = after != null && after.isAny(Set.of("in", "during", "since")) && then != null
                    && (then.isNumber() || Vocabulary.grain(then) != null && !UNITS.containsKey(then.lower().replaceAll("s$", "")));
            // "merged in 2025" is a period of the date; "time to merge in hours" the unit of the time
            DataColumn date = date(r, catalog, m, before);
            if (date != null && !grouped && !period && seen.add(date)) {
                named.add(new ColumnMention(date, m.tokens(), m.score(), m.whole(), List.of()));
            }
        }
        return named;
    }

    /**
     * The date column a mention names: its own, else, as one end of "between … and", the date that shares its word
     * ("booking" is Booking Ref or booking_date, "sale" Sale ID or sale_date). "sales" alone is the rows.
     */
    private static DataColumn date(Reading r, Catalog catalog, ColumnMention m, Token before) {
        if (m.column().role() == ColumnRole.TIME && m.column().formula() == null) {
            return m.column();
        }
        boolean oneEnd = before != null && (before.isAny(BETWEEN_DATES) || before.isAny(Set.of("and", "to")));
        if (!oneEnd || m.tokens().size() != 1) {
            return null;
        }
        Token word = r.at(m.first());
        List<DataColumn> dates = catalog.columns().stream()
                .filter(c -> c.role() == ColumnRole.TIME && c.formula() == null)
                .filter(c -> c.words().stream().anyMatch(word::is)).toList();
        return dates.size() == 1 ? dates.get(0) : null;
    }

    /**
     * "days from enrolling to completing" over enrolledAt and completedAt: an act said as an end of a time is the
     * one date named by that act's verb, not the row's noun nor a yes/no of it ("completed"); its mention replaces
     * theirs.
     */
    private static void actsAsDates(Reading r, Catalog catalog, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            Token before = r.at(t.index() - 1);
            if (before == null || !before.isAny(Set.of("from", "to", "until", "till", "between", "and"))
                    || !t.lower().matches("\\p{L}{3,}ing")) {
                continue;
            }
            List<DataColumn> dates = catalog.columns().stream()
                    .filter(c -> c.role() == ColumnRole.TIME && c.formula() == null && c.words().stream()
                            .anyMatch(w -> t.lemmas().stream().anyMatch(l -> !l.equals(t.lower()) && DateVerb.participle(l, w))))
                    .toList();
            if (dates.size() == 1) {
                mentions.removeIf(m -> m.tokens().contains(t.index()));
                mentions.add(new ColumnMention(dates.get(0), List.of(t.index()), 1.0, true, List.of()));
                mentions.sort(java.util.Comparator.comparingInt(ColumnMention::first));
            }
        }
    }

    /** The two in the order the data holds them: a hotel's departure comes after its arrival, whatever the words. */
    private static Pair inOrder(DataColumn a, DataColumn b) {
        return earlier(b, a) ? new Pair(b, a) : new Pair(a, b);
    }

    /** Whether a's first value comes before b's (dates as ISO text, years as numbers). */
    private static boolean earlier(DataColumn a, DataColumn b) {
        return before(a, b, "min");
    }

    /** Whether a's least or greatest value ({@code edge} "min" or "max" of the DNA) comes before b's. */
    private static boolean before(DataColumn a, DataColumn b, String edge) {
        com.fasterxml.jackson.databind.JsonNode x = a.dna().path(edge);
        com.fasterxml.jackson.databind.JsonNode y = b.dna().path(edge);
        if (x.isMissingNode() || y.isMissingNode() || x.isNull() || y.isNull()) {
            return false;
        }
        return x.isNumber() && y.isNumber() ? x.asDouble() < y.asDouble() : x.asText().compareTo(y.asText()) < 0;
    }

    private static boolean sameKind(DataColumn a, DataColumn b) {
        // a date and a timestamp too ("Fill Date", "Picked Up At"): their time is then counted in whole days
        boolean times = a.role() == ColumnRole.TIME && b.role() == ColumnRole.TIME
                && (a.type().equals(b.type()) || a.formula() == null && b.formula() == null && dateLike(a) && dateLike(b));
        return times || years(a) && years(b);
    }

    private static boolean dateLike(DataColumn c) {
        return c.type().startsWith("DATE") || c.type().startsWith("TIMESTAMP");
    }

    /** Whether either end is a date with no time of day: its time is then counted in whole days. */
    private static boolean dates(Pair pair) {
        return !pair.start().timeOfDay() && !pair.start().clock() || !pair.end().timeOfDay() && !pair.end().clock();
    }

    /** Whole numbers from 1000 to 2200: years ("start": 1565). */
    private static boolean years(DataColumn c) {
        return c.integer() && c.dna().path("min").asDouble() >= 1000 && c.dna().path("max").asDouble() <= 2200;
    }

    private static String marked(DataColumn c, Set<String> words) {
        return c.words().stream().filter(words::contains).findFirst().orElse(null);
    }

    private static List<String> rest(DataColumn c, Set<String> marks) {
        return c.words().stream().filter(w -> !marks.contains(w)).toList();
    }

    /**
     * "completed stays", "finished stays only", "only stays that have checked out": rows that have ended, which are
     * the only ones a time to the end is known of; the words say no more, where no column's value is so named.
     */
    private static List<Integer> finished(Reading r) {
        return r.tokens.stream().filter(t -> r.free(t.index()) && t.isAny(FINISHED)).map(Token::index)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static final Set<String> FINISHED = Set.of("completed", "complete", "finished", "ended", "closed", "done");

    /** The word as a unit of time when it is one: "hrs", "mins" through the tokenizer's lemmas, else its singular. */
    private static String unitOf(Token t) {
        String written = t.lower().replaceAll("s$", "");
        return t.lemmas().stream().map(l -> l.replaceAll("s$", "")).filter(UNITS::containsKey).findFirst()
                .orElse(SHORT_UNITS.getOrDefault(written, written));
    }

    /**
     * "departure to arrival" over Sched Departure, actual_departure and actual_arrival: of the dates one end's word
     * names, the one of the other end's kind (both actual), when it alone shares a word with it.
     */
    private static List<ColumnMention> alike(Reading r, Catalog catalog, List<ColumnMention> named) {
        if (named.size() != 2) {
            return named;
        }
        List<ColumnMention> chosen = new ArrayList<>(named);
        for (int k = 0; k < 2; k++) {
            ColumnMention m = named.get(k);
            DataColumn other = named.get(1 - k).column();
            List<String> said = m.tokens().stream().map(r::at).flatMap(t -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(t.lower()), t.lemmas().stream())).toList();
            List<DataColumn> kin = catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME && c != other
                    && c.words().stream().anyMatch(said::contains) && c.words().stream()
                            .anyMatch(w -> other.words().contains(w) && !said.contains(w))).toList();
            boolean wholeName = m.column().words().stream().allMatch(said::contains); // "sched departure" is that one
            if (kin.size() == 1 && !kin.get(0).equals(m.column()) && !wholeName) {
                chosen.set(k, new ColumnMention(kin.get(0), m.tokens(), m.score(), m.whole(), List.of()));
            }
        }
        return chosen;
    }

    /** The unit said ("in days", "hours to resolve") and taken, else the data's own. */
    private static String unit(Reading r, List<Integer> asked, Pair pair) {
        for (Token t : r.tokens) {
            // "lasted longer than 2 days": the number compared is in its own unit, so the time is computed in it
            String unit = t.lower().replaceAll("s$", "");
            Token number = r.at(t.index() - 1);
            if (!r.free(t.index()) && number != null && number.isNumber() && UNITS.containsKey(unit)
                    && !years(pair.start())) {
                return unit;
            }
        }
        // "avg length of a shearing day, start to finish, in hrs": the unit said after "in" before any other; a clock
        // time's day has no days
        boolean clocks = pair.start().clock() && pair.end().clock();
        List<Token> said = r.tokens.stream().sorted(java.util.Comparator.comparing(t -> UnitAsked.afterIn(r, t.index())
                ? 0 : 1)).toList();
        for (Token t : said) {
            String singular = unitOf(t);
            if (r.free(t.index()) && !asked.contains(t.index()) && UNITS.containsKey(singular)
                    && !(clocks && UNITS.get(singular) >= UNITS.get("day"))
                    && (years(pair.start()) ? singular.equals("year") : true)) {
                Token before = r.at(t.index() - 1);
                if (before != null && before.is("in") && r.free(before.index())) {
                    r.use(before.index());
                }
                r.use(t.index());
                return singular;
            }
        }
        // "avg minutes per visit", "the most hours": the unit asked is the time's
        Optional<String> asUnit = asked.stream().map(r::at).map(Elapsed::unitOf).filter(UNITS::containsKey).findFirst();
        if (asUnit.isPresent() && (!years(pair.start()) || asUnit.get().equals("year"))) {
            return asUnit.get();
        }
        // a stay (in a hospital, a shelter, a hotel) is counted in days, as people count it
        boolean stay = asked.stream().map(r::at).anyMatch(t -> t.isAny(Set.of("stay", "stays")));
        return years(pair.start()) ? "year" : dates(pair) || stay ? "day"
                : pair.start().clock() && pair.end().clock() || withinHours(pair) ? "minute" : "hour";
    }

    /** Spans under this many hours in every sampled row are counted in minutes: a wait, a hearing, a call. */
    private static final int FEW_HOURS = 3;

    /**
     * Whether the profile's samples of both timestamps, row by row, are apart by less than a few hours each ("arrived"
     * 11:56, "called" 12:39): minutes then say the time as people do. Fewer than three rows with both say nothing.
     */
    private static boolean withinHours(Pair pair) {
        com.fasterxml.jackson.databind.JsonNode starts = pair.start().dna().path(Catalog.ROW_SAMPLES);
        com.fasterxml.jackson.databind.JsonNode ends = pair.end().dna().path(Catalog.ROW_SAMPLES);
        int n = Math.min(starts.size(), ends.size());
        if (n < 3) {
            return false;
        }
        int paired = 0;
        for (int k = 0; k < n; k++) {
            java.time.LocalDateTime from = moment(starts.get(k).asText());
            java.time.LocalDateTime to = moment(ends.get(k).asText());
            if (from == null || to == null) {
                continue; // a row with no end yet
            }
            if (to.isBefore(from) || java.time.Duration.between(from, to).toHours() >= FEW_HOURS) {
                return false;
            }
            paired++;
        }
        return paired >= 3;
    }

    /** A timestamp as the profile writes it ("2023-01-02T11:56:00", "2023-01-02 11:56:00"), or null. */
    private static java.time.LocalDateTime moment(String text) {
        try {
            return java.time.LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The time as a measure: a level (a wait, a reign: averaged), or, for time spent ("hours worked"), an amount that
     * adds up over the rows, so "top employees by hours worked" ranks their totals.
     */
    private static DataColumn column(Pair pair, String unit, String noun, boolean spent) {
        String formula = years(pair.start()) ? pair.end().sql() + " - " + pair.start().sql()
                : (dates(pair) || unit.equals("night")) && UNITS.get(unit) >= UNITS.get("day")
                        ? "date_diff('day', CAST(" + pair.start().sql()
                        + " AS DATE), CAST(" + pair.end().sql() + " AS DATE)) / " + UNITS.get(unit) / UNITS.get("day")
                : "date_diff('second', " + pair.start().sql() + ", " + pair.end().sql() + ") / " + UNITS.get(unit);
        String name = unit + "s from " + pair.start().name() + " to " + pair.end().name();
        return new DataColumn(name, "DOUBLE", spent ? ColumnRole.MEASURE : ColumnRole.LEVEL, List.of(noun), unit + "s", List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"), null, formula);
    }
}
