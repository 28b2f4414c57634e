package io.insightx.orchestrator.agent.offline.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One point in time written at a token: a year, an ISO date ("2021-03-04"), a decade ("the 1990s", "the
 * seventies"), a month with or without its day and year ("nov 15 2021", "march 4th 2021", "4 march 2021", "june
 * 2022", "june").
 */
final class DatePoints {

    private static final Map<String, Integer> SPELLED_DECADES = Map.of("twenties", 20, "thirties", 30,
            "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70, "eighties", 80, "nineties", 90);
    private static final Set<String> ORDINAL_ENDS = Set.of("st", "nd", "rd", "th");

    private DatePoints() {
    }

    /**
     * A span from (inclusive) to (exclusive) ending before token {@code end}; or, when no year is said, the month
     * (and day) of a year still to be found.
     */
    record Point(LocalDate from, LocalDate to, Integer month, Integer day, int end) {

        boolean yearless() {
            return month != null;
        }

        /** The yearless point placed in a year; null when that day does not exist (February 30). */
        Point in(int year) {
            try {
                LocalDate d = LocalDate.of(year, month, day == null ? 1 : day);
                return new Point(d, day == null ? d.plusMonths(1) : d.plusDays(1), null, null, end);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /** The point starting at token i, or null; {@code dataStart} decides the century of "the twenties". */
    static Point at(List<Token> tokens, int i, LocalDate dataStart) {
        Token t = tokens.get(i);
        if (i > 0 && tokens.get(i - 1).is("per")) {
            return null; // "deaths per 1000 men": a rate's base, never the year 1000
        }
        if (t.looksLikeYear()) {
            int y = t.number().intValue();
            return new Point(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), null, null, i + 1);
        }
        if (t.lower().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] p = t.lower().split("-");
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p.length > 2 ? Integer.parseInt(p[2]) : 1);
                return new Point(d, p.length > 2 ? d.plusDays(1) : d.plusMonths(1), null, null, i + 1);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Point century = century(tokens, i);
        if (century != null) {
            return century;
        }
        Point decade = decade(t, i, dataStart);
        if (decade != null) {
            return decade;
        }
        Month month = month(t);
        boolean placed = i > 0 && tokens.get(i - 1).isAny(MONTH_PREPOSITIONS)
                || i + 1 < tokens.size() && tokens.get(i + 1).looksLikeYear();
        if (month == null && t.is("may") && (day(tokens, i + 1) != null || placed)) {
            month = Month.MAY; // "after may 3rd", "in may", "may 2024": the verb is never followed by a day or a year
        }
        if (month != null) {
            int j = i + 1;
            Integer day = day(tokens, j);
            if (day != null) {
                j = afterDay(tokens, j);
            }
            return withYear(tokens, j, month, day);
        }
        Integer day = day(tokens, i);
        if (day != null) {
            // "4 march 2021", "the 4th of march"
            int j = afterDay(tokens, i);
            j += j < tokens.size() && tokens.get(j).is("of") ? 1 : 0;
            Month named = j < tokens.size() ? month(tokens.get(j)) : null;
            if (named != null) {
                return withYear(tokens, j + 1, named, day);
            }
        }
        return null;
    }

    private static Point withYear(List<Token> tokens, int j, Month month, Integer day) {
        Point yearless = new Point(null, null, month.getValue(), day, j);
        if (j < tokens.size() && tokens.get(j).looksLikeYear()) {
            Point p = yearless.in(tokens.get(j).number().intValue());
            return p == null ? null : new Point(p.from(), p.to(), null, null, j + 1);
        }
        return yearless;
    }

    /**
     * "the 18th century", "the 1600s": a hundred years. The 2000s stay a decade, as people mostly mean it, and so do
     * "the 1990s" and every other year not a whole hundred.
     */
    private static Point century(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.lower().matches("1\\d00s")) {
            int from = Integer.parseInt(t.lower().substring(0, 4));
            return new Point(LocalDate.of(from, 1, 1), LocalDate.of(from + 100, 1, 1), null, null, i + 1);
        }
        int j = i + 1;
        j += j < tokens.size() && tokens.get(j).isAny(ORDINAL_ENDS) ? 1 : 0;
        boolean ordinal = t.isNumber() && t.text().matches("\\d{1,2}(st|nd|rd|th)?") && j > i + 1 || t.text().matches("\\d{1,2}(st|nd|rd|th)");
        if (!ordinal || j >= tokens.size() || !tokens.get(j).isAny(Set.of("century", "c"))) {
            return null;
        }
        int n = t.number() == null ? Integer.parseInt(t.text().replaceAll("\\D", "")) : t.number().intValue();
        if (n < 1 || n > 21) {
            return null;
        }
        return new Point(LocalDate.of((n - 1) * 100 + (n == 1 ? 1 : 0), 1, 1), LocalDate.of(n * 100, 1, 1), null, null, j + 1);
    }

    private static Point decade(Token t, int i, LocalDate dataStart) {
        if (t.lower().matches("\\d{2}s|\\d{4}s")) {
            int n = Integer.parseInt(t.lower().substring(0, t.lower().length() - 1));
            int decade = n >= 1000 ? n : n <= 20 ? 2000 + n : 1900 + n;
            return decade % 10 == 0 ? new Point(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1), null, null, i + 1) : null;
        }
        Integer spelled = SPELLED_DECADES.get(t.lower());
        if (spelled == null) {
            return null;
        }
        // "the seventies": of the 1900s, as people say it, unless the data begins after them
        int decade = 1900 + spelled;
        if (dataStart != null && dataStart.getYear() >= 2000 && spelled <= 20) {
            decade = 2000 + spelled;
        }
        return new Point(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 10, 1, 1), null, null, i + 1);
    }

    /** A day of the month at token j ("15", "4th"), or null. */
    private static Integer day(List<Token> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).isNumber() || !tokens.get(j).text().matches("\\d{1,2}")) {
            return null;
        }
        int day = tokens.get(j).number().intValue();
        return day >= 1 && day <= 31 ? day : null;
    }

    private static int afterDay(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && tokens.get(j + 1).isAny(ORDINAL_ENDS) ? j + 2 : j + 1;
    }

    /** Words a month's name follows ("in may", "since may", "between march and may"), which the verb never does. */
    private static final java.util.Set<String> MONTH_PREPOSITIONS = java.util.Set.of("in", "of", "since", "from", "until",
            "till", "during", "before", "after", "between", "and", "to", "through", "thru", "vs", "versus");

    /** A month's name or its usual abbreviation; "may" only written as May (it is mostly the verb). */
    static Month month(Token t) {
        String word = t.lower();
        if ("may".equals(word) && !"May".equals(t.text())) {
            return null;
        }
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.length() >= 3 && name.startsWith(word) && (word.length() == 3 || word.equals("sept"))) {
                return m;
            }
        }
        return null;
    }
}
