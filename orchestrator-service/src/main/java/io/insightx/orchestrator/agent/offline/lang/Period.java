package io.insightx.orchestrator.agent.offline.lang;

import java.time.LocalDate;
import java.util.List;

/**
 * A span of time the question names: from (inclusive) and to (exclusive), either open; and/or months of every year
 * ("in December", "in summer", "in Q3" when no year is said), days of the week (ISO numbers, Monday = 1: "on
 * weekends") and hours of every day (0–23: "at 3pm", "between 9am and 5pm"). {@code words} is how the question said
 * it, {@code tokens} the positions it used.
 */
public record Period(LocalDate from, LocalDate to, List<Integer> months, List<Integer> weekdays, List<Integer> hours,
        String words, List<Integer> tokens) {

    public Period {
        months = List.copyOf(months);
        weekdays = List.copyOf(weekdays);
        hours = List.copyOf(hours);
    }

    /** Months and days of the week, at any hour. */
    public Period(LocalDate from, LocalDate to, List<Integer> months, List<Integer> weekdays, String words,
            List<Integer> tokens) {
        this(from, to, months, weekdays, List.of(), words, tokens);
    }

    /** A span, or one month of every year when {@code monthOfYear} is set. */
    public Period(LocalDate from, LocalDate to, Integer monthOfYear, String words, List<Integer> tokens) {
        this(from, to, monthOfYear == null ? List.of() : List.of(monthOfYear), List.of(), words, tokens);
    }

    /** The one month of every year this period is ("in December"), or null. */
    public Integer monthOfYear() {
        return months.size() == 1 && weekdays.isEmpty() && hours.isEmpty() ? months.get(0) : null;
    }

    /** Whether the period repeats (months of every year, days of every week, hours of every day) rather than only spans dates. */
    public boolean cyclic() {
        return !months.isEmpty() || !weekdays.isEmpty() || !hours.isEmpty();
    }

    public boolean wholeYears() {
        return (from == null || from.getDayOfYear() == 1) && (to == null || to.getDayOfYear() == 1);
    }
}
