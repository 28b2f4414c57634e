package io.insightx.orchestrator.agent.offline.lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Periods placed by the data's own time range: "the last year of the data", "the first year", "the last 5 years",
 * "from the first to the last month in the data", and the first or last time point inside a year ("at the end of
 * 2009": for monthly prices, December 2009), which needs the data's spacing.
 */
final class DataEdges {

    private static final Set<String> LATEST = Set.of("last", "latest", "final", "recent");
    private static final Set<String> EARLIEST = Set.of("first", "earliest");
    private static final Set<String> ENDS = Set.of("end", "close");
    private static final Set<String> STARTS = Set.of("start", "beginning", "begin", "opening");
    private static final Map<String, Integer> UNITS = Map.of("year", 12, "quarter", 3, "month", 1, "decade", 120);
    private static final Set<String> DATA = Set.of("data", "dataset", "record", "records", "table");

    private final LocalDate dataStart;
    private final LocalDate dataEnd;
    private final java.time.Period step;

    DataEdges(LocalDate dataStart, LocalDate dataEnd, java.time.Period step) {
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
        this.step = step;
    }

    /** "at the end of 2009", "the start of 2005": the one time point of the data nearest that edge of the year. */
    List<Period> yearEdges(List<Token> tokens) {
        List<Period> found = new ArrayList<>();
        if (step == null || dataStart == null || dataEnd == null) {
            return found;
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean end = tokens.get(i).isAny(ENDS);
            if (!end && !tokens.get(i).isAny(STARTS) || !tokens.get(i + 1).is("of") || !tokens.get(i + 2).looksLikeYear()) {
                continue;
            }
            int year = tokens.get(i + 2).number().intValue();
            LocalDate from;
            LocalDate to;
            if (end) {
                LocalDate last = LocalDate.of(year, 12, 31).isAfter(dataEnd) ? dataEnd : LocalDate.of(year, 12, 31);
                to = last.plusDays(1);
                from = to.minus(step);
            } else {
                from = LocalDate.of(year, 1, 1).isBefore(dataStart) ? dataStart : LocalDate.of(year, 1, 1);
                to = from.plus(step);
            }
            if (from.getYear() > year || to.minusDays(1).getYear() < year) {
                continue; // the data holds nothing of that year
            }
            int start = i > 1 && tokens.get(i - 1).is("the") && tokens.get(i - 2).isAny(Set.of("at", "by", "in")) ? i - 2
                    : i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
            found.add(new Period(from, to, null, Periods.words(tokens, start, i + 3), Periods.range(start, i + 3)));
        }
        return found;
    }

    /** "the last year of the data", "the first year", "the last 5 years", "from the first to the last month". */
    List<Period> edges(List<Token> tokens, Set<Integer> taken) {
        List<Period> edges = new ArrayList<>();
        if (dataEnd == null || dataStart == null) {
            return edges;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean latest = tokens.get(i).isAny(LATEST);
            if (!latest && !tokens.get(i).isAny(EARLIEST) || taken.contains(i)) {
                continue;
            }
            int j = i + 1;
            int count = 1;
            if (tokens.get(j).isNumber() && j + 1 < tokens.size()) {
                count = tokens.get(j).number().intValue();
                j++;
            }
            Integer months = unit(tokens.get(j));
            int start = i > 0 && tokens.get(i - 1).is("most") ? i - 1 : i;
            int firstAt = -1;
            if (months == null && !latest && count == 1) {
                // "from the first to the last month": both edges, one unit named
                int k = j + (j < tokens.size() && tokens.get(j).is("to") ? 1 : 0);
                k += k < tokens.size() && tokens.get(k).is("the") ? 1 : 0;
                if (k > j && k + 1 < tokens.size() && tokens.get(k).isAny(LATEST) && unit(tokens.get(k + 1)) != null) {
                    firstAt = i;
                    j = k + 1;
                    months = unit(tokens.get(j));
                    start = i > 1 && tokens.get(i - 1).is("the") && tokens.get(i - 2).is("from") ? i - 2 : i;
                }
            }
            Integer days = months == null && firstAt < 0 ? days(tokens.get(j)) : null;
            if (months == null && days == null || count < 1) {
                continue;
            }
            LocalDate from;
            LocalDate to;
            if (days != null) {
                // "the last 30 days", "the first 2 weeks": counted from the data's own last (or first) day
                from = latest ? dataEnd.plusDays(1).minusDays((long) days * count) : dataStart;
                to = latest ? dataEnd.plusDays(1) : dataStart.plusDays((long) days * count);
            } else {
                int span = months * count;
                LocalDate lastEnd = months >= 12 ? LocalDate.of(dataEnd.getYear() + 1, 1, 1) : dataEnd.withDayOfMonth(1).plusMonths(1);
                LocalDate firstStart = months >= 12 ? LocalDate.of(dataStart.getYear(), 1, 1) : dataStart.withDayOfMonth(1);
                from = firstAt >= 0 ? firstStart : latest ? lastEnd.minusMonths(span) : firstStart;
                to = firstAt >= 0 || latest ? lastEnd : firstStart.plusMonths(span);
            }
            int k = start - 1;
            while (k >= 0 && tokens.get(k).is("the")) {
                k--;
            }
            if (k >= 0 && Set.of("is", "was", "what", "which", "when", "whats").contains(tokens.get(k).lower())) {
                continue; // "what is the earliest year": asked about, not a filter
            }
            boolean described = j + 1 < tokens.size() && tokens.get(j + 1).isAny(FunctionWords.DESCRIBING);
            if (k < 0 && described) {
                continue; // "first year with an anomaly above 0.5": the year asked for, by what it had
            }
            int end = j + 1;
            if (end + 1 < tokens.size() && tokens.get(end).isAny(Set.of("of", "in")) && tokens.get(end + 1).is("the")) {
                end += 2;
            }
            if (end < tokens.size() && tokens.get(end).isAny(DATA)) {
                end++;
            }
            edges.add(new Period(from, to, null, Periods.words(tokens, start, end), Periods.range(start, end)));
            i = end - 1;
        }
        return edges;
    }

    /** Days of a unit counted in days: "day" 1, "week" 7. */
    static Integer days(Token t) {
        return t.isAny(Set.of("day", "days")) ? Integer.valueOf(1) : t.isAny(Set.of("week", "weeks")) ? Integer.valueOf(7) : null;
    }

    static Integer unit(Token t) {
        for (Map.Entry<String, Integer> u : UNITS.entrySet()) {
            if (t.is(u.getKey())) {
                return u.getValue();
            }
        }
        return null;
    }
}
