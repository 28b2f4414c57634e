package io.insightx.orchestrator.agent.offline.lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the periods of a question: years ("in 2014"), months ("in December 2014", "in December"), dates ("nov 15
 * 2021", "2021-03-04"), decades ("the 1990s", "the 90s"), open spans ("since 2000", "after 2010", "before 1950",
 * "until March 2013"), ranges ("between March 2013 and June 2014", "from jan to mar 2021", where the year is said
 * once), the named parts of a year or week ({@link PeriodNames}) and the data's own edges ({@link DataEdges}). The
 * data's time range anchors the relative ones.
 */
public final class Periods {

    private static final Set<String> FROM = Set.of("since", "after", "from", "starting", "following");
    private static final Set<String> UNTIL = Set.of("before", "until", "till", "through", "thru", "prior", "up");
    private static final Set<String> DURING = Set.of("over", "during", "throughout", "within");
    private static final Set<String> JOINS = Set.of("and", "to", "-", "through", "thru", "until", "till");

    /** A unit "the last 3 …" counts a stretch of the data's time in ({@link DataEdges}): days to decades. */
    public static boolean stretchUnit(Token t) {
        return DataEdges.unit(t) != null || DataEdges.days(t) != null;
    }

    private final LocalDate dataStart;
    private final LocalDate dataEnd;
    private final java.time.Period step;

    /** The data's first and last dates (either may be null when the data has no time column). */
    public Periods(LocalDate dataStart, LocalDate dataEnd) {
        this(dataStart, dataEnd, null);
    }

    /** With the spacing of the data's time points when it is regular (monthly prices), else null. */
    public Periods(LocalDate dataStart, LocalDate dataEnd, java.time.Period step) {
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
        this.step = step;
    }

    public List<Period> read(List<Token> tokens) {
        Integer year = contextYear(tokens);
        if (year == null && dataStart != null && dataEnd != null && dataStart.getYear() == dataEnd.getYear()) {
            year = dataStart.getYear(); // "apr 29 to may 5" in data of 1992 alone
        }
        List<Period> periods = new ArrayList<>(new DataEdges(dataStart, dataEnd, step).yearEdges(tokens));
        periods.addAll(PeriodNames.read(tokens, taken(periods), year));
        periods.addAll(ClockHours.read(tokens, taken(periods)));
        Set<Integer> taken = taken(periods);
        for (int i = 0; i < tokens.size(); i++) {
            DatePoints.Point point = taken.contains(i) || amount(tokens, i) ? null : DatePoints.at(tokens, i, dataStart);
            if (point == null) {
                continue;
            }
            int start = i;
            int end = point.end();
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            String before2 = i > 1 ? tokens.get(i - 2).lower() : "";
            // "from 2024 listings to 2025 listings": a noun after the first end says what is compared, not its end
            int join = ("from".equals(before) || "between".equals(before)) && end + 2 < tokens.size()
                    && tokens.get(end).lower().matches("\\p{L}{3,}") && !FunctionWords.is(tokens.get(end))
                    && tokens.get(end + 1).isAny(JOINS) ? end + 1 : end;
            DatePoints.Point second = join < tokens.size() - 1 && tokens.get(join).isAny(JOINS)
                    && !taken.contains(join + 1) ? DatePoints.at(tokens, join + 1, dataStart) : null;
            // "during 2001 and 2002": two years in a row said as one stretch
            boolean during = DURING.contains(before) && second != null && !point.yearless() && point.to().equals(second.from());
            boolean range = second != null && ("between".equals(before) || "from".equals(before) || during
                    || !tokens.get(join).is("and"));
            if (range) {
                start = "between".equals(before) || "from".equals(before) || during ? i - 1 : i;
                Period p = range(point, second, year, Periods.words(tokens, start, second.end()), Periods.range(start, second.end()));
                if (p != null) {
                    periods.add(p);
                    i = second.end() - 1;
                    continue;
                }
            }
            if (point.yearless()) {
                DatePoints.Point placed = year == null ? null : point.in(year);
                if (placed == null || point.day() == null) {
                    // "in December": that month of every year (a day without a year is left unread)
                    int monthEnd = point.day() == null ? end : i + 1;
                    periods.add(new Period(null, null, point.month(), words(tokens, i, monthEnd), range(i, monthEnd)));
                    continue;
                }
                point = placed;
            }
            LocalDate from = point.from();
            LocalDate to = point.to();
            // "from 2010 onwards" and "2010 or later" are open; "cars from 1981" are the cars of 1981
            int onward = onward(tokens, end);
            if ("from".equals(before) && onward == end) {
                start = i - 1;
            } else if (FROM.contains(before) || "on".equals(before) && FROM.contains(before2) || onward > end) {
                if ("after".equals(before) || "following".equals(before)) {
                    from = to;
                }
                to = null;
                start = FROM.contains(before) || "on".equals(before) ? i - 1 : i;
                end = onward;
            } else if (UNTIL.contains(before) || "to".equals(before) && UNTIL.contains(before2)) {
                boolean strictly = "before".equals(before) || "prior".equals(before2);
                to = strictly ? point.from() : point.to();
                from = null;
                start = "to".equals(before) ? i - 2 : i - 1;
            }
            // "over 2008", "throughout 2009": the preposition is part of the period, not a trend's "over"
            boolean alone = second == null || !tokens.get(end).is("and");
            int lead = start == i && alone && DURING.contains(before) ? i - 1 : start;
            periods.add(new Period(from, to, null, words(tokens, start, end), range(lead, end)));
            i = end - 1;
        }
        periods.addAll(new DataEdges(dataStart, dataEnd, step).edges(tokens, taken(periods)));
        return periods;
    }

    /**
     * "weigh under 2500 lbs", "more than 2000 kg": a number compared as an amount, not a year ("warmer than 2000" and
     * "over 2008" stay years).
     */
    private static boolean amount(List<Token> tokens, int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean unit = after != null && after.isAny(Set.of("lbs", "lb", "pounds", "kg", "g", "grams", "mm", "cm", "km",
                "miles", "feet", "ft", "%", "percent", "dollars", "usd"));
        return before != null && (before.isAny(Set.of("under", "above", "below", "exceeding", "beyond"))
                || unit && before.isAny(Set.of("over", "than")));
    }

    /** Where the words that leave a period open after it end ("onwards", "or later"), or {@code end} if none. */
    private static int onward(List<Token> tokens, int end) {
        boolean last = end + 1 >= tokens.size() || !tokens.get(end + 1).lower().matches("\\p{L}.*");
        if (end < tokens.size() && (tokens.get(end).isAny(Set.of("onward", "onwards", "forward")) || tokens.get(end).is("on") && last)) {
            return end + 1; // "from 2010 on", not "2010 on weekends"
        }
        boolean orLater = end + 1 < tokens.size() && tokens.get(end).is("or")
                && tokens.get(end + 1).isAny(Set.of("later", "after"));
        return orLater ? end + 2 : end;
    }

    /**
     * Two points joined ("between march and june 2022", "nov 15 2021 to jan 15 2022"): a year said once serves both;
     * months with no year at all are those months of every year ("from march to june").
     */
    private static Period range(DatePoints.Point a, DatePoints.Point b, Integer year, String words, List<Integer> tokens) {
        if (a.yearless() && b.yearless() && year == null) {
            if (a.day() != null || b.day() != null) {
                return null;
            }
            List<Integer> months = new ArrayList<>();
            for (int m = a.month(); ; m = m % 12 + 1) {
                months.add(m);
                if (m == b.month()) {
                    break;
                }
            }
            return new Period(null, null, months, List.of(), words, tokens);
        }
        if (a.yearless() && b.yearless()) {
            b = b.in(year);
        } else if (b.yearless()) {
            DatePoints.Point same = b.in(a.from().getYear());
            b = same != null && same.from().isBefore(a.from()) ? b.in(a.from().getYear() + 1) : same;
        }
        if (b == null) {
            return null;
        }
        if (a.yearless()) {
            DatePoints.Point same = a.in(b.from().getYear());
            a = same != null && same.from().isAfter(b.from()) ? a.in(b.from().getYear() - 1) : same;
        }
        return a == null || !a.from().isBefore(b.to()) ? null : new Period(a.from(), b.to(), null, words, tokens);
    }

    /** The one year the question names, which a month or quarter said without its year belongs to ("over 2008, jan to dec"). */
    private Integer contextYear(List<Token> tokens) {
        Set<Integer> years = new HashSet<>();
        tokens.stream().filter(Token::looksLikeYear).forEach(t -> years.add(t.number().intValue()));
        if (years.size() == 1) {
            return years.iterator().next();
        }
        boolean oneYear = years.isEmpty() && dataStart != null && dataEnd != null && dataStart.getYear() == dataEnd.getYear();
        return oneYear ? dataStart.getYear() : null;
    }

    private static Set<Integer> taken(List<Period> periods) {
        Set<Integer> taken = new HashSet<>();
        periods.forEach(p -> taken.addAll(p.tokens()));
        return taken;
    }

    static String words(List<Token> tokens, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            w.add(tokens.get(i).text());
        }
        return String.join(" ", w);
    }

    static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
