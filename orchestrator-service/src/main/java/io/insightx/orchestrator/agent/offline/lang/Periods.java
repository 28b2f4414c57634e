package io.insightx.orchestrator.agent.offline.lang;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the periods of a question: years ("in 2014"), months ("in December 2014", "in December"), dates, decades
 * ("the 1990s", "the 90s"), open spans ("since 2000", "after 2010", "before 1950", "until March 2013"), ranges
 * ("between March 2013 and June 2014", "from 2000 to 2010") and the data's own edges ("the last year of the data",
 * "the first year", "the last 5 years"). The data's time range anchors the relative ones.
 */
public final class Periods {

    private static final Set<String> FROM = Set.of("since", "after", "from", "starting", "following");
    private static final Set<String> UNTIL = Set.of("before", "until", "till", "through", "prior", "up");
    private static final Set<String> LATEST = Set.of("last", "latest", "final", "recent");
    private static final Set<String> EARLIEST = Set.of("first", "earliest");
    private static final Map<String, Integer> SPELLED_DECADES = Map.of("twenties", 20, "thirties", 30,
            "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70, "eighties", 80, "nineties", 90);

    private final LocalDate dataStart;
    private final LocalDate dataEnd;

    /** The data's first and last dates (either may be null when the data has no time column). */
    public Periods(LocalDate dataStart, LocalDate dataEnd) {
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
    }

    public List<Period> read(List<Token> tokens) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Span point = point(tokens, i);
            if (point == null) {
                continue;
            }
            int start = i;
            int end = point.end();
            if (point.monthOfYear() != null) {
                periods.add(new Period(null, null, point.monthOfYear(), words(tokens, i, end), range(i, end)));
                continue;
            }
            LocalDate from = point.from();
            LocalDate to = point.to();
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            String before2 = i > 1 ? tokens.get(i - 2).lower() : "";
            Span second = end < tokens.size() - 1 && Set.of("and", "to", "-", "through", "until").contains(tokens.get(end).lower())
                    ? point(tokens, end + 1) : null;
            if (second != null && ("between".equals(before) || "from".equals(before) || tokens.get(end).is("to"))) {
                to = second.to();
                end = second.end();
                start = "between".equals(before) || "from".equals(before) ? i - 1 : i;
            } else if (FROM.contains(before) || "on".equals(before) && FROM.contains(before2)) {
                if ("after".equals(before) || "following".equals(before)) {
                    from = to;
                }
                to = null;
                start = i - 1;
            } else if (UNTIL.contains(before) || "to".equals(before) && UNTIL.contains(before2)) {
                boolean strictly = "before".equals(before) || "prior".equals(before2);
                to = strictly ? point.from() : point.to();
                from = null;
                start = "to".equals(before) ? i - 2 : i - 1;
            }
            periods.add(new Period(from, to, null, words(tokens, start, end), range(start, end)));
            i = end - 1;
        }
        periods.addAll(edges(tokens, periods));
        return periods;
    }

    /** A point in time starting at token i: its span and where it ends (exclusive). */
    private record Span(LocalDate from, LocalDate to, Integer monthOfYear, int end) {
    }

    private Span point(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.looksLikeYear()) {
            int y = t.number().intValue();
            return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), null, i + 1);
        }
        if (t.lower().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] p = t.lower().split("-");
            LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p.length > 2 ? Integer.parseInt(p[2]) : 1);
            return new Span(d, p.length > 2 ? d.plusDays(1) : d.plusMonths(1), null, i + 1);
        }
        if (t.lower().matches("\\d{2}s|\\d{4}s")) {
            int n = Integer.parseInt(t.lower().substring(0, t.lower().length() - 1));
            int decade = n >= 1000 ? n : n <= 20 ? 2000 + n : 1900 + n;
            if (decade % 10 == 0) {
                return new Span(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1), null, i + 1);
            }
        }
        Integer spelled = SPELLED_DECADES.get(t.lower());
        if (spelled != null) {
            // "the seventies": of the 1900s, as people say it, unless the data begins after them
            int decade = 1900 + spelled;
            if (dataStart != null && dataStart.getYear() >= 2000 && spelled <= 20) {
                decade = 2000 + spelled;
            }
            return new Span(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1), null, i + 1);
        }
        Month month = month(t.lower());
        if (month != null && !("may".equals(t.lower()) && !t.text().equals("May"))) {
            if (i + 1 < tokens.size() && tokens.get(i + 1).looksLikeYear()) {
                LocalDate d = LocalDate.of(tokens.get(i + 1).number().intValue(), month, 1);
                return new Span(d, d.plusMonths(1), null, i + 2);
            }
            return new Span(null, null, month.getValue(), i + 1);
        }
        return null;
    }

    /** "the last year of the data", "the first year", "the last 5 years", "the most recent year". */
    private List<Period> edges(List<Token> tokens, List<Period> found) {
        List<Period> edges = new ArrayList<>();
        if (dataEnd == null) {
            return edges;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean latest = tokens.get(i).isAny(LATEST);
            boolean earliest = tokens.get(i).isAny(EARLIEST);
            if (!latest && !earliest) {
                continue;
            }
            int j = i + 1;
            int count = 1;
            if (tokens.get(j).isNumber() && j + 1 < tokens.size()) {
                count = tokens.get(j).number().intValue();
                j++;
            }
            Map<String, Integer> units = Map.of("year", 12, "month", 1, "decade", 120);
            Integer months = null;
            for (String unit : units.keySet()) {
                if (tokens.get(j).is(unit)) {
                    months = units.get(unit);
                }
            }
            if (months == null || count < 1) {
                continue;
            }
            int span = months * count;
            LocalDate from;
            LocalDate to;
            if (latest) {
                LocalDate end = months >= 12 ? LocalDate.of(dataEnd.getYear() + 1, 1, 1) : dataEnd.withDayOfMonth(1).plusMonths(1);
                from = end.minusMonths(span);
                to = end;
            } else {
                from = months >= 12 ? LocalDate.of(dataStart.getYear(), 1, 1) : dataStart.withDayOfMonth(1);
                to = from.plusMonths(span);
            }
            int start = i > 0 && tokens.get(i - 1).is("most") ? i - 1 : i;
            int k = start - 1;
            while (k >= 0 && tokens.get(k).is("the")) {
                k--;
            }
            if (k >= 0 && Set.of("is", "was", "what", "which", "when", "whats").contains(tokens.get(k).lower())) {
                continue; // "what is the earliest year": asked about, not a filter
            }
            int end = j + 1;
            if (end + 1 < tokens.size() && tokens.get(end).is("of") && tokens.get(end + 1).is("the")) {
                end += 2;
            }
            if (end < tokens.size() && Set.of("data", "dataset", "record", "records", "table").contains(tokens.get(end).lower())) {
                end++;
            }
            edges.add(new Period(from, to, null, words(tokens, start, end), range(start, end)));
        }
        return edges;
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.length() >= 3 && name.startsWith(word) && (word.length() == 3 || word.equals("sept"))) {
                return m;
            }
        }
        return null;
    }

    private static String words(List<Token> tokens, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            w.add(tokens.get(i).text());
        }
        return String.join(" ", w);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
