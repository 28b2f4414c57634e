package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.lang.Periods;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Turns the question's periods into filters on the time column; two years or months joined by "between … and", or
 * two years set against each other, with a change word become a change between them, and several periods are
 * compared side by side.
 */
final class PeriodReader {

    private PeriodReader() {
    }

    private static final Pattern MONTH_WORD = Pattern.compile("\\b(jan(uary)?|feb(ruary)?"
            + "|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|months?)\\b");
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter)\\b");

    static void read(Reading r, Draft d) {
        Optional<DateVerb> verb = DateVerb.find(r, d.catalog);
        // a time on the clock has no days: "jobs started in 2024" are of the date beside start_time
        Optional<DataColumn> time = verb.map(DateVerb::column).filter(c -> !c.clock()).or(() -> d.catalog.time());
        if (time.isEmpty()) {
            return;
        }
        LocalDate start = d.catalog.timeEdge(false);
        LocalDate end = d.catalog.timeEdge(true);
        List<Period> periods = new Periods(start, end, step(time.get(), start, end)).read(r.tokens);
        boolean change = r.has(Vocabulary.CHANGE);
        List<DateVerb> verbs = DateVerb.all(r, d.catalog);
        // "growth jan-jun 2024 vs jan-jun 2025": two ranges are compared with each other, not each read as from-to
        boolean severalSpans = periods.stream().filter(p -> p.from() != null && p.to() != null && !p.cyclic())
                .map(p -> List.of(p.from(), p.to())).distinct().count() > 1;
        for (Period p : periods) {
            // "budget year 2000, forecast year 2005": each period is of the column named just before it
            Optional<DateVerb> named = verbs.stream().filter(v -> justBefore(r, v.token(), p.tokens().get(0))).findFirst();
            DataColumn column = named.map(DateVerb::column).filter(c -> !c.clock() || !p.hours().isEmpty())
                    .orElse(time.get());
            Optional<DataColumn> dates = d.catalog.time().filter(c -> c.role() == ColumnRole.TIME);
            if (column.role() == ColumnRole.YEAR && (p.cyclic() || !p.wholeYears()) && dates.isPresent()) {
                column = dates.get(); // "riders in june": a month is of the rides' date, never of rider_birth_year
            }
            boolean yearNumber = column.role() == ColumnRole.YEAR;
            if (p.tokens().stream().anyMatch(r::used) || yearNumber && (p.cyclic() || !p.wholeYears())) {
                continue; // a year number has no months or weekdays: "jan 2010" stays unread, not read as 2010
            }
            if (!p.hours().isEmpty() && !column.timeOfDay() && !column.clock()) {
                // "lessons that start before 9am" over a date and a start time of day kept apart: that time's hours,
                // the start's where an end time is kept too ("jobs before 9am" of start_time, not end_time)
                List<DataColumn> clocks = d.catalog.columns().stream().filter(DataColumn::clock).toList();
                List<Token> clockVerbs = r.tokens.stream().filter(t -> r.free(t.index())
                        && clocks.stream().anyMatch(c -> t.lemmas().contains(c.words().get(0)))).toList();
                List<DataColumn> said = clocks.stream().filter(c -> clockVerbs.stream()
                        .anyMatch(t -> t.lemmas().contains(c.words().get(0)))).toList();
                List<DataColumn> starts = said.size() == 1 ? said : clocks.size() == 1 ? clocks
                        : clocks.stream().filter(c -> !Elapsed.endDate(c)).toList();
                if (starts.size() != 1 || p.from() != null || !p.months().isEmpty() || !p.weekdays().isEmpty()) {
                    continue; // "at 3pm" of days with no time of day stays unread
                }
                column = starts.get(0);
                if (said.size() == 1) {
                    clockVerbs.forEach(t -> r.use(t.index())); // "ended after 5pm": the hours of end_time
                }
            }
            String lead = p.words().toLowerCase(Locale.ROOT);
            boolean months = p.from() != null && p.to() != null && p.from().getDayOfMonth() == 1 && p.to().getDayOfMonth() == 1;
            boolean range = lead.startsWith("between") || lead.startsWith("from") || lead.matches(".* (to|through) .*");
            if (change && !severalSpans && d.change.isEmpty() && months && range && !p.cyclic()
                    && p.from().plusMonths(1).isBefore(p.to())) {
                // "from jan 2008 to dec 2008" spans whole years too, but names months: compare those months
                boolean yearly = p.wholeYears() && !MONTH_WORD.matcher(lead).find();
                java.time.Period unit = yearly ? java.time.Period.ofYears(1) : java.time.Period.ofMonths(1);
                String pattern = yearly ? "yyyy" : "MMM yyyy";
                var format = java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
                LocalDate last = p.to().minus(unit);
                d.change = List.of(new Period(p.from(), p.from().plus(unit), null, p.from().format(format), List.of()),
                        new Period(last, p.to(), null, last.format(format), List.of()));
                d.changeDate = column; // "from 2023 to 2024 (by arrival yr)": the years of Arrival Date
            } else if (!sameSpan(d, p)) {
                d.filters.add(new Filter.During(column, p));
                named.ifPresent(v -> {
                    for (int k = v.token(); k < p.tokens().get(0); k++) {
                        r.use(k);
                    }
                });
            }
            if (SEASON.matcher(lead).find()) {
                d.notes.add("Taking " + SEASON.matcher(lead).results().findFirst().orElseThrow().group() + " as "
                        + String.join(", ", p.months().stream().map(m -> Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                                .toList()) + " (northern hemisphere).");
            }
            r.use(p.tokens());
        }
        boolean than = r.has(Set.of("than")) && r.tokens.stream().anyMatch(PeriodReader::comparative);
        // "churned in 2025": the verb said which date the period is of; "from arrival to being called, 2025" leaves
        // it to the time it ends
        boolean dated = d.filters.stream().anyMatch(f -> f instanceof Filter.During && f.column().equals(time.get()));
        if (verb.isPresent() && dated && !DateEvents.endOfSpan(r, verb.get().token())) {
            r.use(verb.get().token());
        }
        compareSeveral(r, d, time.get(), than, change || d.steps);
        compareDays(d, time.get());
        compareHours(d, time.get(), than);
        joinMonths(r, d, time.get(), than);
    }

    /**
     * Months of every year named apart ("in dec, jan and feb", "the winter months (dec, jan, feb)") are one set: a
     * row lies in one month, so they are any of them, never all; compared ("december vs june"), month by month; two
     * said with a comparative and "than" ("more in july than in january"), the change from the second to the first.
     */
    private static void joinMonths(Reading r, Draft d, DataColumn time, boolean than) {
        List<Filter.During> months = periods(d, p -> !p.months().isEmpty() && p.weekdays().isEmpty() && p.from() == null
                && p.to() == null);
        if (months.size() < 2) {
            return;
        }
        LocalDate first = d.catalog.timeEdge(false);
        LocalDate last = d.catalog.timeEdge(true);
        boolean oneYear = first != null && last != null && first.getYear() == last.getYear();
        if (oneYear && months.size() == 2 && d.change.isEmpty() && r.has(Vocabulary.CHANGE)
                && months.stream().allMatch(f -> f.period().monthOfYear() != null)) {
            // "the change in sales feb vs march" over one year's data: those two months of that year
            d.filters.removeAll(months);
            d.change = months.stream().map(f -> {
                LocalDate from = LocalDate.of(first.getYear(), f.period().monthOfYear(), 1);
                return new Period(from, from.plusMonths(1), null, f.period().words(), f.period().tokens());
            }).toList();
            r.take(Set.of("vs", "versus"));
            return;
        }
        d.filters.removeAll(months);
        if (months.size() == 2 && than && d.change.isEmpty()) {
            // "more in july than in january"; "warmer in july than in january" leaves "warmer" to name the figure
            changeSaidWithThan(r, d, months.get(0).period(), months.get(1).period(), GENERIC);
            return;
        }
        Set<Integer> all = new java.util.LinkedHashSet<>();
        List<Integer> tokens = new java.util.ArrayList<>();
        months.forEach(f -> {
            all.addAll(f.period().months());
            tokens.addAll(f.period().tokens());
        });
        String words = months.stream().filter(f -> f.period().months().size() == all.size()).map(f -> f.period().words())
                .findFirst().orElse(String.join(", ", months.stream().map(f -> f.period().words()).toList()));
        d.filters.add(new Filter.During(time, new Period(null, null, List.copyOf(all), List.of(), words, tokens)));
        if (r.take(Set.of("vs", "versus", "compare", "compared")) && months.stream().allMatch(f -> f.period().monthOfYear() != null)) {
            d.groups.add(new Group(time, Grain.MONTH_OF_YEAR));
        }
    }

    /**
     * The spacing of the data's time points when it is regular (daily, weekly, monthly, quarterly, yearly), for "at
     * the end of 2009"; null when the points are irregular.
     */
    private static java.time.Period step(DataColumn time, LocalDate start, LocalDate end) {
        if (time.role() == ColumnRole.YEAR) {
            return java.time.Period.ofYears(1);
        }
        if (start == null || end == null || time.distinct() < 2) {
            return null;
        }
        double days = (double) ChronoUnit.DAYS.between(start, end) / (time.distinct() - 1);
        return days >= 0.9 && days <= 1.1 ? java.time.Period.ofDays(1) : days >= 6.5 && days <= 7.5 ? java.time.Period.ofWeeks(1)
                : days >= 27 && days <= 32 ? java.time.Period.ofMonths(1) : days >= 88 && days <= 93 ? java.time.Period.ofMonths(3)
                : days >= 360 && days <= 370 ? java.time.Period.ofYears(1) : null;
    }

    /**
     * Two periods compared with "than": "warmer in 2020 than in 1980" is the change from the second named to the
     * first; "how much less cash in 2024 than in 2023" how far the first fell short of the second, from the first to
     * the second. The comparative is used, when it is one of {@code usable} (any, when null).
     */
    private static void changeSaidWithThan(Reading r, Draft d, Period first, Period second, Set<String> usable) {
        Token said = r.tokens.stream().filter(t -> r.free(t.index()) && comparative(t)).findFirst().orElse(null);
        boolean falling = said != null
                && (said.is("less") || said.lemmas().stream().anyMatch(Vocabulary.LOW::contains));
        d.change = falling ? List.of(first, second) : List.of(second, first);
        if (said != null && (usable == null || said.isAny(usable))) {
            r.use(said.index());
        }
    }

    /** Comparatives that name no figure of their own: "more", "higher", never "warmer". */
    private static final Set<String> GENERIC = Set.of("more", "less", "fewer", "higher", "lower", "greater", "bigger",
            "smaller", "larger");

    /** "warmer", "more", "fewer": a word that compares, said before "than". */
    private static boolean comparative(Token t) {
        return t.isAny(Set.of("more", "less")) || t.lower().endsWith("er") && !t.is("than")
                && !t.lower().matches("(over|under|after|per|never|other|whether)");
    }

    /** The plan's period filters of one kind. */
    private static List<Filter.During> periods(Draft d, java.util.function.Predicate<Period> kind) {
        return d.filters.stream().filter(f -> f instanceof Filter.During during && kind.test(during.period()))
                .map(f -> (Filter.During) f).toList();
    }

    /** "over 2008, jan to dec": a span already filtered on is said again, not a second period. */
    private static boolean sameSpan(Draft d, Period p) {
        return !p.cyclic() && p.from() != null && p.to() != null && !periods(d, o -> !o.cyclic() && p.from().equals(o.from())
                && p.to().equals(o.to())).isEmpty();
    }

    /** Two or more periods are compared: any of them, grouped by decade or year ("the 2000s vs the 1980s"). */
    private static void compareSeveral(Reading r, Draft d, DataColumn time, boolean than, boolean change) {
        List<Filter.During> spans = periods(d, p -> p.from() != null && p.to() != null && !p.cyclic()).stream()
                .filter(f -> f.column().equals(time)).toList();
        if (spans.size() < 2) {
            return;
        }
        boolean decades = spans.stream().allMatch(s -> s.period().from().getYear() % 10 == 0 && s.period().wholeYears()
                && s.period().to().getYear() - s.period().from().getYear() == 10);
        boolean years = spans.stream().allMatch(s -> s.period().wholeYears()
                && s.period().to().getYear() - s.period().from().getYear() == 1);
        // "june 2025 vs june 2024": whole months of given years
        boolean months = spans.stream().allMatch(s -> s.period().from().getDayOfMonth() == 1
                && s.period().from().plusMonths(1).equals(s.period().to()));
        // "q1 2025 vs q1 2024": whole quarters
        boolean quarters = spans.stream().allMatch(s -> s.period().from().getDayOfMonth() == 1
                && (s.period().from().getMonthValue() - 1) % 3 == 0 && s.period().from().plusMonths(3).equals(s.period().to()));
        // "jan-jun 2024 vs jan-jun 2025", "summer 2023 vs summer 2024": one window of the calendar in several years
        boolean window = sameWindowEachYear(spans);
        if (!decades && !years && !months && !quarters && !window) {
            return;
        }
        d.filters.removeAll(spans);
        if (spans.size() == 2 && !decades && than) {
            changeSaidWithThan(r, d, spans.get(0).period(), spans.get(1).period(), null);
            return;
        }
        if (spans.size() == 2 && !decades && change) {
            // "yoy growth 2023 vs 2022", "mrr growth, june 2025 vs june 2024": from the earlier period to the later
            d.change = spans.stream().map(Filter.During::period).sorted(java.util.Comparator.comparing(Period::from)).toList();
            return;
        }
        d.filters.add(new Filter.AnyOf(time, List.copyOf(spans)));
        if (oneSet(r, d, spans)) {
            return;
        }
        // "q1 2025 vs q1 2024": one quarter of each year, the years compared
        boolean oneQuarter = quarters && spans.stream().map(s -> s.period().from().getMonthValue()).distinct().count() == 1;
        d.groups.add(new Group(time, decades ? Grain.DECADE : years || oneQuarter || window && !months ? Grain.YEAR
                : months ? Grain.MONTH : Grain.QUARTER));
    }

    /**
     * "active 2023 and 2024 rentals": periods said of the rows' noun right after them, with nothing that compares or
     * splits, name one set of rows, not periods side by side.
     */
    private static boolean oneSet(Reading r, Draft d, List<Filter.During> spans) {
        int last = spans.stream().flatMap(s -> s.period().tokens().stream()).max(Integer::compare).orElse(-1);
        Token after = r.at(last + 1);
        boolean compared = r.has(Set.of("vs", "versus", "compare", "compared", "comparison", "each", "per", "by",
                "between", "than", "growth", "change"));
        return after != null && RowNoun.names(d.catalog, after) && !compared;
    }

    /** Whether each span lies within one calendar year, no two in the same year, all over the same days of the year. */
    private static boolean sameWindowEachYear(List<Filter.During> spans) {
        Set<Integer> years = new HashSet<>();
        Set<String> windows = new HashSet<>();
        for (Filter.During s : spans) {
            LocalDate from = s.period().from();
            LocalDate last = s.period().to().minusDays(1);
            if (from.getYear() != last.getYear() || !years.add(from.getYear())) {
                return false;
            }
            windows.add(from.getMonthValue() + "-" + from.getDayOfMonth() + "/" + last.getMonthValue() + "-"
                    + last.getDayOfMonth());
        }
        return windows.size() == 1;
    }

    /**
     * Hours of the day named apart are never all true of one row: "at 3pm vs 5am" compares them hour by hour, and
     * "warmer at 3pm than at 5am" is the change from the second to the first.
     */
    private static void compareHours(Draft d, DataColumn time, boolean than) {
        List<Filter.During> hours = periods(d, p -> !p.hours().isEmpty() && p.months().isEmpty() && p.weekdays().isEmpty()
                && p.from() == null && p.to() == null);
        if (hours.size() < 2) {
            return;
        }
        d.filters.removeAll(hours);
        if (hours.size() == 2 && than && d.change.isEmpty()) {
            d.change = List.of(hours.get(1).period(), hours.get(0).period());
            return;
        }
        d.filters.add(new Filter.AnyOf(time, List.copyOf(hours)));
        d.groups.add(new Group(time, Grain.HOUR_OF_DAY));
    }

    /** Whether only "year", "in", "of" and the like stand between a column's word and a period: "forecast year 2005". */
    private static boolean justBefore(Reading r, int word, int period) {
        if (word >= period || period - word > 3) {
            return false;
        }
        for (int k = word + 1; k < period; k++) {
            if (!r.at(k).isAny(Set.of("year", "years", "yr", "in", "of", "=", "is", "was", "date", "dates", "on", "from", "between"))) {
                return false;
            }
        }
        return true;
    }

    /** "on weekends vs weekdays" splits the days in two; "mondays vs fridays" compares those weekdays. */
    private static void compareDays(Draft d, DataColumn time) {
        List<Filter.During> days = periods(d, p -> !p.weekdays().isEmpty() && p.months().isEmpty() && p.from() == null
                && p.to() == null);
        if (days.size() < 2) {
            return;
        }
        d.filters.removeAll(days);
        Set<Integer> all = new HashSet<>();
        days.forEach(f -> all.addAll(f.period().weekdays()));
        boolean split = days.size() == 2 && all.size() == 7 && days.stream().anyMatch(f -> f.period().weekdays().equals(List.of(6, 7)));
        if (!split) {
            d.filters.add(new Filter.AnyOf(time, List.copyOf(days)));
        }
        d.groups.add(new Group(time, split ? Grain.WEEKEND : Grain.WEEKDAY));
    }
}
