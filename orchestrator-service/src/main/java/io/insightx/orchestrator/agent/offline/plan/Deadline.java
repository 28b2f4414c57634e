package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Late, on time, overdue: a date a row was due by ("Promised Date", "due_date", "sla_deadline") against the date it
 * happened ("Delivered Date", "return_date", "paid_on"). "late deliveries" are the rows that happened after their due
 * date, "on-time rate by carrier" is the share that happened by it, of the rows where it happened; "overdue" also
 * keeps the rows that had not happened by the last date the data holds; "avg days late" is the days between the two,
 * of the late rows. The data never says so in a column: the condition and the days are computed for each row.
 */
final class Deadline {

    /** Words of a date something was due by. */
    private static final Set<String> DUE = Set.of("due", "promised", "expected", "scheduled", "sched", "target",
            "deadline", "estimated", "eta", "planned", "committed", "sla", "requested");
    /** Words of the date it happened, besides the end words {@link Elapsed} knows. */
    private static final Set<String> HAPPENED = Set.of("actual", "returned", "return", "paid", "payment", "arrived",
            "arrival", "delivered", "delivery", "completed", "finished", "settled", "received");
    private static final Set<String> LATE = Set.of("late", "overdue", "delayed", "tardy", "belated");
    private static final Set<String> EARLY = Set.of("early", "ahead");
    private static final Set<String> ON_TIME = Set.of("ontime", "punctual", "timely");
    private static final Set<String> RATES = Set.of("rate", "rates", "ratio", "performance");
    private static final Set<String> NOT_LATE = Set.of("night", "nights", "evening", "evenings", "afternoon", "shift",
            "morning", "fee", "fees", "charge", "charges", "penalty");
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "hour", "hours", "min", "mins",
            "minute", "minutes");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "wasnt", "wasn't", "werent", "weren't",
            "isnt", "isn't", "arent", "aren't", "didnt", "didn't");

    private record Pair(DataColumn due, DataColumn happened) {
    }

    private enum Kind {
        LATE, OVERDUE, ON_TIME, EARLY
    }

    private Deadline() {
    }

    /**
     * Reads the question's words of lateness: conditions go to the draft's filters, "days late" and "delay" come back
     * as the mention of their measure.
     */
    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        Pair pair = pair(d.catalog.columns());
        if (pair == null) {
            return Optional.empty();
        }
        Optional<ColumnMention> days = days(r, d, pair, mentions);
        if (days.isPresent()) {
            return days;
        }
        condition(r, d, pair, mentions);
        return Optional.empty();
    }

    /** "avg days late", "how many days overdue", "how late", "the average delay": the days from due to done. */
    private static Optional<ColumnMention> days(Reading r, Draft d, Pair pair, List<ColumnMention> mentions) {
        // a column of the delay itself ("arr_delay_min") is read as a column; one of its reasons (delay_reason) is not
        boolean delayColumn = d.catalog.columns().stream().anyMatch(c -> c.formula() == null && c.role().numeric()
                && c.words().stream().anyMatch(w -> w.startsWith("delay") || w.startsWith("late")));
        for (Token t : r.tokens) {
            int i = t.index();
            if (!r.free(i) || named(mentions, i)) {
                continue;
            }
            Token before = r.at(i - 1);
            boolean unitBefore = before != null && before.isAny(UNITS) && r.free(i - 1);
            boolean howLate = before != null && before.is("how") && r.free(i - 1);
            boolean late = t.isAny(LATE) || t.is("behind");
            boolean delay = !delayColumn && t.isAny(Set.of("delay", "delays", "lateness", "tardiness"));
            if (!(late && (unitBefore || howLate) || delay)) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(List.of(i));
            if (unitBefore || howLate) {
                tokens.add(0, i - 1);
            }
            boolean compared = unitBefore && r.used(i - 2); // "more than 3 days late": the comparison is the filter
            if (late && !compared) {
                d.filters.add(new Filter.Values(flag(pair, t.is("overdue") ? Kind.OVERDUE : Kind.LATE, d), List.of("true"), false));
                d.notes.add("Counted the " + unit(pair) + " late of the rows " + pair.happened().name() + " after "
                        + pair.due().name() + ".");
                // "for late deliveries, how many days late": the condition said twice
                r.tokens.stream().filter(o -> r.free(o.index()) && o.isAny(LATE) && !tokens.contains(o.index()))
                        .forEach(o -> {
                            r.use(o.index());
                            withEvent(r, pair, List.of(o.index())).forEach(r::use);
                        });
            } else if (delay) {
                d.notes.add("Counted the " + unit(pair) + " from " + pair.due().name() + " to " + pair.happened().name()
                        + " of each row where both are there; early ones count below zero.");
            }
            d.moreIsWorse = Boolean.TRUE;
            tokens.addAll(withEvent(r, pair, tokens));
            mentions.removeIf(m -> m.tokens().stream().anyMatch(tokens::contains));
            return Optional.of(new ColumnMention(daysLate(pair), List.copyOf(tokens), 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /** "late deliveries", "on-time rate", "not overdue", "% delivered early": the rows that were so, or their share. */
    private static void condition(Reading r, Draft d, Pair pair, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            int i = t.index();
            if (!r.free(i) || named(mentions, i) || aValue(d, t)) {
                continue;
            }
            Token next = r.at(i + 1);
            List<Integer> said = new ArrayList<>(List.of(i));
            Kind kind = null;
            boolean pastDue = t.is("past") && next != null && next.is("due");
            if (t.isAny(LATE) || pastDue) {
                boolean period = next != null && (next.isNumber() || next.isAny(NOT_LATE) || Vocabulary.grain(next) != null);
                kind = period ? null : t.is("overdue") || pastDue ? Kind.OVERDUE : Kind.LATE;
                if (pastDue) {
                    said.add(i + 1);
                }
            } else if (t.is("on") && next != null && next.is("time") && r.free(i + 1) || t.isAny(ON_TIME)) {
                kind = Kind.ON_TIME;
                if (t.is("on")) {
                    said.add(i + 1);
                }
            } else if (t.isAny(EARLY) && (next == null || !next.isNumber() && Vocabulary.grain(next) == null)) {
                kind = Kind.EARLY;
            }
            if (kind == null) {
                continue;
            }
            int last = said.get(said.size() - 1);
            // "on-time delivery rate", "late return rate": one noun may stand between the condition and its rate
            int rate = r.free(last + 1) && r.at(last + 1).isAny(RATES) ? last + 1
                    : r.free(last + 2) && r.at(last + 2).isAny(RATES) && r.at(last + 1).lower().matches("\\p{L}{3,}") ? last + 2 : -1;
            if (rate > 0) {
                for (int k = last + 1; k <= rate; k++) {
                    said.add(k);
                }
                d.aggregate = Aggregate.SHARE;
            }
            Token before = r.at(i - 1);
            boolean negated = before != null && r.free(i - 1) && before.isAny(NEGATIONS);
            if (negated) {
                said.add(i - 1);
            }
            said.addAll(withEvent(r, pair, said));
            DataColumn flag = flag(pair, kind, d);
            d.filters.add(new Filter.Values(flag, List.of("true"), negated));
            d.moreIsWorse = (kind == Kind.LATE || kind == Kind.OVERDUE) != negated;
            said.forEach(r::use);
            mentions.removeIf(m -> m.tokens().stream().anyMatch(said::contains));
            return;
        }
    }

    /**
     * The free word next to the condition that names the event itself ("late deliveries", "returns that were late"):
     * it shares its stem with a word of the date it happened ("Delivered Date", "return_date").
     */
    private static List<Integer> withEvent(Reading r, Pair pair, List<Integer> said) {
        List<Integer> event = new ArrayList<>();
        int first = said.stream().min(Integer::compare).orElseThrow();
        int last = said.stream().max(Integer::compare).orElseThrow();
        for (int k : new int[] {last + 1, first - 1}) {
            Token t = r.at(k);
            if (t != null && r.free(k) && !said.contains(k) && t.lower().length() >= 5 && pair.happened().words().stream()
                    .anyMatch(w -> w.length() >= 5 && stem(w).equals(stem(t.lower())))) {
                event.add(k);
            }
        }
        return event;
    }

    /** The first five letters: "deliveries" and "delivered" share "deliv", "returns" and "return" "retur". */
    private static String stem(String word) {
        return word.substring(0, 5);
    }

    /** Whether a mention names a column by the token on purpose (a whole name of several words). */
    private static boolean named(List<ColumnMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.tokens().contains(i) && m.whole() && m.tokens().size() > 1);
    }

    /** Whether a label column holds the word as a value ("Late" of a status): then it is that value. */
    private static boolean aValue(Draft d, Token t) {
        return d.catalog.columns().stream().filter(c -> c.role().labels() && c.formula() == null)
                .anyMatch(c -> c.values().stream().anyMatch(v -> v.equalsIgnoreCase(t.text())));
    }

    /**
     * The due date and the date it happened: the one date named for a due, and of the other dates named for an end
     * or a happening, the one that comes last (a shipment's delivery, not its shipping).
     */
    private static Pair pair(List<DataColumn> columns) {
        List<DataColumn> dues = columns.stream().filter(c -> c.role() == ColumnRole.TIME
                && c.words().stream().anyMatch(DUE::contains)).toList();
        if (dues.size() != 1) {
            return null;
        }
        DataColumn due = dues.get(0);
        List<DataColumn> happened = columns.stream().filter(c -> c != due && c.role() == ColumnRole.TIME
                && (Elapsed.endDate(c) || c.words().stream().anyMatch(HAPPENED::contains))).toList();
        // "Sched Departure" against actual_departure, not actual_arrival: the same event, when one shares its word
        List<String> event = due.words().stream()
                .filter(w -> !DUE.contains(w) && !Set.of("date", "time", "at", "on", "ts").contains(w)).toList();
        List<DataColumn> same = happened.stream().filter(c -> c.words().stream().anyMatch(event::contains)).toList();
        return (same.size() == 1 ? same : happened).stream()
                .max(Comparator.comparing(c -> c.dna().path("max").asText("")))
                .map(h -> new Pair(due, h)).orElse(null);
    }

    private static DataColumn flag(Pair pair, Kind kind, Draft d) {
        String happened = clocked(pair) ? pair.happened().sql() : "CAST(" + pair.happened().sql() + " AS DATE)";
        String due = clocked(pair) ? pair.due().sql() : "CAST(" + pair.due().sql() + " AS DATE)";
        long open = pair.happened().dna().path("nullCount").asLong();
        LocalDate last = kind == Kind.OVERDUE ? lastDate(d, pair) : null;
        String formula = switch (kind) {
            case LATE -> happened + " > " + due;
            case ON_TIME -> happened + " <= " + due;
            case EARLY -> happened + " < " + due;
            case OVERDUE -> last == null || open == 0 ? happened + " > " + due
                    : "coalesce(" + happened + " > " + due + ", " + due + " < DATE '" + last + "')";
        };
        String word = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String name = switch (kind) {
            case LATE -> pair.happened().name() + " after " + pair.due().name();
            case ON_TIME -> pair.happened().name() + " on or before " + pair.due().name();
            case EARLY -> pair.happened().name() + " before " + pair.due().name();
            case OVERDUE -> pair.happened().name() + " after " + pair.due().name() + ", or none by then";
        };
        if (kind == Kind.OVERDUE && open > 0) {
            d.notes.add("Taking “overdue” as " + pair.happened().name() + " after " + pair.due().name() + ", or no "
                    + pair.happened().name() + " while " + pair.due().name() + " was before " + last
                    + ", the last date the data holds.");
        } else {
            d.notes.add("Taking “" + word + "” as " + name + (open > 0 && kind != Kind.OVERDUE ? "; rows with no "
                    + pair.happened().name() + " (" + Numbers.grouped(open) + ") are left out" : "") + ".");
        }
        return new DataColumn(name, "BOOLEAN", ColumnRole.FLAG, List.of(word), null, List.of("true", "false"), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "boolean")
                        .put("nullCount", kind == Kind.OVERDUE ? 0 : open), null, formula);
    }

    /**
     * Whether both dates hold a time of day (a bus's scheduled and actual departure): lateness is then by the clock,
     * in minutes, not by the calendar day.
     */
    private static boolean clocked(Pair pair) {
        return pair.due().timeOfDay() && pair.happened().timeOfDay();
    }

    /** The unit the time late is counted in: minutes by the clock, else days. */
    private static String unit(Pair pair) {
        return clocked(pair) ? "minutes" : "days";
    }

    private static DataColumn daysLate(Pair pair) {
        String formula = clocked(pair)
                ? "date_diff('second', " + pair.due().sql() + ", " + pair.happened().sql() + ") / 60.0"
                : "date_diff('day', CAST(" + pair.due().sql() + " AS DATE), CAST(" + pair.happened().sql()
                        + " AS DATE))";
        String unit = unit(pair);
        return new DataColumn(unit + " from " + pair.due().name() + " to " + pair.happened().name(),
                clocked(pair) ? "DOUBLE" : "BIGINT", ColumnRole.LEVEL, List.of(unit, "late"), unit, List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"), null, formula);
    }

    /** The last date the data holds other than a due date (the day the export was made, near enough), or null. */
    private static LocalDate lastDate(Draft d, Pair pair) {
        return d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.TIME && c != pair.due())
                .map(c -> c.dna().path("max").asText(""))
                .filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .map(s -> LocalDate.parse(s.substring(0, 10)))
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
