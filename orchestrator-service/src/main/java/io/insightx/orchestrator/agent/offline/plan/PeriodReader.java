package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.lang.Periods;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Turns the question's periods into filters on the time column; two years or months joined by "between … and" with
 * a change word become a change between them, and several periods are compared side by side.
 */
final class PeriodReader {

    private PeriodReader() {
    }

    private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile("\\b(jan(uary)?|feb(ruary)?"
            + "|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b");

    static void read(Reading r, Draft d) {
        Optional<DataColumn> time = d.catalog.time();
        if (time.isEmpty()) {
            return;
        }
        List<Period> periods = new Periods(d.catalog.timeEdge(false), d.catalog.timeEdge(true)).read(r.tokens);
        boolean change = r.has(Vocabulary.CHANGE);
        for (Period p : periods) {
            if (p.tokens().stream().anyMatch(r::used)) {
                continue;
            }
            String lead = p.words().toLowerCase(java.util.Locale.ROOT);
            boolean months = p.from() != null && p.to() != null && p.from().getDayOfMonth() == 1 && p.to().getDayOfMonth() == 1;
            if (change && d.change.isEmpty() && months && (lead.startsWith("between") || lead.startsWith("from"))
                    && p.from().plusMonths(1).isBefore(p.to())) {
                // "from jan 2008 to dec 2008" spans whole years too, but names months: compare those months
                boolean yearly = p.wholeYears() && !MONTH_WORD.matcher(lead).find();
                java.time.Period unit = yearly ? java.time.Period.ofYears(1) : java.time.Period.ofMonths(1);
                String pattern = yearly ? "yyyy" : "MMM yyyy";
                var format = java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH);
                LocalDate last = p.to().minus(unit);
                d.change = List.of(new Period(p.from(), p.from().plus(unit), null, p.from().format(format), List.of()),
                        new Period(last, p.to(), null, last.format(format), List.of()));
            } else {
                d.filters.add(new Filter.During(time.get(), p));
            }
            r.use(p.tokens());
        }
        compareSeveral(d, time.get(), r.has(Set.of("than")) && r.tokens.stream().anyMatch(t -> t.lower().endsWith("er")
                && !t.is("than") && !t.lower().matches("(over|under|after|per|never|other|whether)")));
    }

    /** Two or more periods are compared: any of them, grouped by decade or year ("the 2000s vs the 1980s"). */
    private static void compareSeveral(Draft d, DataColumn time, boolean than) {
        List<Filter.During> spans = d.filters.stream().filter(f -> f instanceof Filter.During).map(f -> (Filter.During) f)
                .filter(f -> f.period().from() != null && f.period().to() != null).toList();
        if (spans.size() < 2) {
            return;
        }
        boolean decades = spans.stream().allMatch(s -> s.period().from().getYear() % 10 == 0 && s.period().wholeYears()
                && s.period().to().getYear() - s.period().from().getYear() == 10);
        boolean years = spans.stream().allMatch(s -> s.period().wholeYears()
                && s.period().to().getYear() - s.period().from().getYear() == 1);
        if (!decades && !years) {
            return;
        }
        d.filters.removeAll(spans);
        if (spans.size() == 2 && years && than) {
            // "warmer in 2020 than in 1980": the change from the second year named to the first
            d.change = List.of(spans.get(1).period(), spans.get(0).period());
            return;
        }
        d.filters.add(new Filter.AnyOf(time, List.copyOf(spans)));
        d.groups.add(new Group(time, decades ? Grain.DECADE : Grain.YEAR));
    }
}
