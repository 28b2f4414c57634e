package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * A column of clock readings that holds how long something took ("chip_time" 03:41:09, "half_split" 01:52:30), which
 * exports write as a time of day: a duration in seconds, averaged, compared and converted like any other. A time that
 * is the clock half of a date ("reservation_time" beside reservation_date) or the time of an event ("start_time",
 * "departure_time") stays a time of day.
 */
final class ClockDurations {

    /** Words of a moment rather than a length of time. */
    private static final Set<String> MOMENTS = Set.of("start", "started", "end", "ended", "departure", "depart",
            "arrival", "arrive", "open", "opening", "close", "closing", "scheduled", "pickup", "dropoff", "booked",
            "at", "clock", "of", "day", "local", "utc", "hour", "check", "in", "out", "login", "logout");

    private ClockDurations() {
    }

    /** The columns, with each TIME-typed duration read as seconds. */
    static List<DataColumn> read(List<DataColumn> columns) {
        List<DataColumn> read = new ArrayList<>();
        for (DataColumn c : columns) {
            read.add(duration(c, columns) ? seconds(c) : c);
        }
        return read;
    }

    private static boolean duration(DataColumn c, List<DataColumn> columns) {
        if (!c.type().equals("TIME") || c.role() != ColumnRole.TIME || c.words().stream().anyMatch(MOMENTS::contains)
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
