package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * A column of clock readings that holds how long something took ("chip_time" 03:41:09, "half_split" 01:52:30), which
 * exports write as a time of day: a duration in seconds, averaged, compared and converted like any other; written as
 * text ("duration" 38:29, minutes and seconds), a duration in minutes. A time that is the clock half of a date
 * ("reservation_time" beside reservation_date) or the time of an event ("start_time", "departure_time") stays a time
 * of day.
 */
final class ClockDurations {

    /** Words of a moment rather than a length of time. */
    private static final Set<String> MOMENTS = Set.of("start", "started", "end", "ended", "departure", "depart",
            "arrival", "arrive", "open", "opening", "close", "closing", "scheduled", "pickup", "dropoff", "booked",
            "at", "clock", "of", "day", "local", "utc", "hour", "check", "in", "out", "login", "logout", "return",
            "returned", "finish", "finished", "stop", "launch", "entry", "exit", "enter", "leave");

    private ClockDurations() {
    }

    /** A length of time written as text: "38:29" (minutes and seconds), "1:02:45", "1:32.5". */
    private static final java.util.regex.Pattern WRITTEN =
            java.util.regex.Pattern.compile("\\d{1,3}:\\d{2}(:\\d{2})?(\\.\\d+)?");
    /** Words that say a length of time written "h:mm" is hours and minutes, not minutes and seconds. */
    private static final Set<String> HOURS = Set.of("hours", "hour", "hrs", "hr", "hh");

    /** The columns, with each TIME-typed duration read as seconds, and each written as text as minutes. */
    static List<DataColumn> read(List<DataColumn> columns) {
        List<DataColumn> read = new ArrayList<>();
        for (DataColumn c : columns) {
            read.add(duration(c, columns) ? seconds(c) : written(c) ? writtenMinutes(c) : c);
        }
        return read;
    }

    /** "duration" holding "38:29": text every known value of which is a length of time, in a column of no moment. */
    private static boolean written(DataColumn c) {
        if (!c.type().equals("VARCHAR") || c.words().isEmpty() || c.words().stream().anyMatch(MOMENTS::contains)
                || c.words().stream().allMatch(w -> w.equals("time"))) {
            return false;
        }
        List<String> seen = new ArrayList<>(List.of(c.dna().path("min").asText(""), c.dna().path("max").asText("")));
        c.dna().path("sampleValues").forEach(v -> seen.add(v.asText()));
        c.dna().path("topValues").forEach(v -> seen.add(v.path("value").asText()));
        return seen.stream().allMatch(v -> WRITTEN.matcher(v.strip()).matches());
    }

    /** The text read as minutes, the unit its "m:ss" counts in: h:mm:ss, else m:ss (h:mm where the name says hours). */
    private static DataColumn writtenMinutes(DataColumn c) {
        String q = "trim(" + Identifiers.quoted(c.name()) + ")";
        String part = "try_cast(split_part(" + q + ", ':', %d) AS DOUBLE)";
        boolean hours = c.words().stream().anyMatch(HOURS::contains);
        String two = hours ? part.formatted(1) + " * 60 + " + part.formatted(2)
                : part.formatted(1) + " + " + part.formatted(2) + " / 60";
        String formula = "CASE WHEN " + q + " LIKE '%:%:%' THEN " + part.formatted(1) + " * 60 + " + part.formatted(2)
                + " + " + part.formatted(3) + " / 60 ELSE " + two + " END";
        return new DataColumn(c.name(), "DOUBLE", ColumnRole.LEVEL, c.words(), "min", List.of(), Set.of(), c.dna(),
                null, formula);
    }

    /** Past participles of time spent rather than of something that happened at a moment ("time logged"). */
    private static final Set<String> SPENT = Set.of("elapsed", "played", "worked", "waited", "used", "needed",
            "required", "allowed", "remaining");

    /** "time_logged", "Time Cleared": the moment something was done, named by what was done. */
    private static boolean done(DataColumn c) {
        return c.words().stream().anyMatch(w -> ColumnLinker.PAST.matcher(w).matches() && !SPENT.contains(w));
    }

    private static boolean duration(DataColumn c, List<DataColumn> columns) {
        if (!c.clock() || c.role() != ColumnRole.TIME || c.words().stream().anyMatch(MOMENTS::contains) || done(c)
                || c.words().stream().allMatch(w -> w.equals("time"))) {
            return false;
        }
        // "reservation_date" + "reservation_time": the two halves of one moment
        return columns.stream().noneMatch(o -> o != c && o.role().time()
                && o.words().stream().anyMatch(w -> !w.equals("time") && c.words().contains(w)));
    }

    private static DataColumn seconds(DataColumn c) {
        return new DataColumn(c.name(), "DOUBLE", ColumnRole.LEVEL, c.words(), "sec", List.of(), Set.of(), c.dna(),
                null, "epoch(" + Identifiers.quoted(c.name()) + ")");
    }
}
