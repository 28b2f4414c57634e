package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The column a number comparison ("above 10%", "longer than 50 mm", "under 21") is about: the numeric column named
 * next to it, else the one measured in its unit, else the age of people, else the only measure; a number no column
 * can take is reported unplaced.
 */
final class ComparisonTargets {

    private ComparisonTargets() {
    }

    private static boolean hintedAt(Comparison c, ColumnMention m) {
        return m != null && c.hint() >= 0 && m.tokens().contains(c.hint());
    }

    /** Verbs of how long a thing took, said before a time compared. */
    private static final Set<String> LASTED = Set.of("lasted", "lasts", "last", "lasting", "went", "go", "goes",
            "ran", "run", "runs", "took", "take", "takes");

    /**
     * The one column measured in the number's unit: "above 10%" is a rate or a share (a column in %, or named a rate,
     * percent or share), not the month number written nearer to it.
     */
    private static DataColumn byUnit(Catalog catalog, Token unit) {
        List<DataColumn> numeric = catalog.columns().stream().filter(col -> col.role().numeric()).toList();
        // a unit in parentheses ("Weight (lbs)") or written in the name ("Weight_in_lbs")
        // ("over 40 min" of a duration read in minutes from its "38:29")
        List<DataColumn> matching = numeric.stream().filter(col -> unit.lower().equals(col.unit())
                || Units.own(unit.lower(), col) || unit.lower().length() > 1 && (col.words().contains(unit.lower())
                        || unit.lemmas().stream().anyMatch(col.words()::contains))).toList();
        if (matching.isEmpty() && (unit.is("%") || unit.is("percent"))) {
            matching = numeric.stream().filter(col -> "%".equals(col.unit()) || col.words().stream()
                    .anyMatch(w -> Set.of("rate", "percent", "pct", "percentage", "share").contains(w))).toList();
        }
        return matching.size() == 1 ? matching.get(0) : null;
    }

    static void apply(Reading r, Draft d, Comparison c, List<ColumnMention> mentions, Set<ColumnMention> spent,
            Lexicon lexicon) {
        if (GroupSizes.countOfTimes(r, c)) {
            // "admitted more than once": the patients with that many rows, never an age above 1; what else happened
            // that many times ("shut down at least once") is left unplaced, so the answer says so
            if (!GroupSizes.read(r, d, c, mentions, spent, lexicon)) {
                c.tokens().forEach(i -> d.unplaced.add(i));
            }
            return;
        }
        DataColumn target = null;
        ColumnMention used = null;
        for (ColumnMention m : mentions) {
            boolean numeric = m.column().role().numeric() || m.column().numericType();
            // "customers older than 40" with no age: never a customer id above 40
            boolean key = m.column().role() == io.insightx.orchestrator.agent.offline.link.ColumnRole.IDENTIFIER;
            // "how many years had an anomaly above 0.8": no year is 0.8; the years are what is counted
            boolean noYear = m.column().role() == io.insightx.orchestrator.agent.offline.link.ColumnRole.YEAR
                    && !(c.lo() >= 1000 && c.lo() <= 2999 && c.lo() == Math.rint(c.lo()));
            if (!numeric || key || noYear || spent.contains(m)) {
                continue;
            }
            boolean hinted = hintedAt(c, m);
            boolean before = m.last() < c.tokens().get(0) && c.tokens().get(0) - m.last() <= 4;
            boolean after = m.first() > c.tokens().get(c.tokens().size() - 1) && m.first() - c.tokens().get(c.tokens().size() - 1) <= 2;
            // "votes for 1-2 star reviews": the noun right after the numbers is what they count
            boolean right = m.first() == c.tokens().get(c.tokens().size() - 1) + 1 && c.unit() < 0;
            if (hinted || target == null && (before || after) || before && used != null && !hintedAt(c, used)
                    && m.last() > used.last() || right && !hintedAt(c, used)) {
                target = m.column();
                used = m;
            }
        }
        boolean negative = false;
        Token head = r.at(c.tokens().get(0));
        boolean compass = !head.isNumber() && Degrees.compassWord(head);
        if (compass || c.unit() >= 0 && Degrees.unit(r.at(c.unit())) && (target == null || !hintedAt(c, used))) {
            // "north of 50 latitude", "west of 100": the compass says the axis, whatever column is named nearer
            if (compass && used != null && !Degrees.axis(head).stream().anyMatch(used.column().words()::contains)) {
                ColumnMention axis = mentions.stream().filter(m -> !spent.contains(m) && m.first() > c.tokens().get(0)
                        && m.first() - c.tokens().get(c.tokens().size() - 1) <= 2
                        && Degrees.axis(head).stream().anyMatch(m.column().words()::contains)).findFirst().orElse(null);
                used = axis;
                target = axis == null ? null : axis.column();
            }
            Degrees.Target degrees = Degrees.target(d.catalog, r, c);
            if (degrees != null) {
                target = degrees.column();
                used = used != null && !used.column().equals(target) ? null : used;
                negative = degrees.negative();
                if (degrees.note() != null) {
                    d.notes.add(degrees.note());
                }
            }
        } else if (c.unit() >= 0 && (target == null || !hintedAt(c, used))) {
            DataColumn byUnit = byUnit(d.catalog, r.at(c.unit()));
            target = byUnit != null ? byUnit : target;
            used = byUnit != null && used != null && !used.column().equals(byUnit) ? null : used;
            Token verb = r.at(c.tokens().get(0) - 1);
            if (byUnit != null && verb != null && r.free(verb.index()) && verb.isAny(LASTED)
                    && "time".equals(Units.dimensionOfUnit(r.at(c.unit()).lower()))) {
                r.use(verb.index()); // "matches that went over 40 min", "lasted more than 2 hours": the time it took
            }
        }
        if (target == null && GroupSizes.read(r, d, c, mentions, spent, lexicon)) {
            return;
        }
        if (target == null) {
            target = age(r, d, c, lexicon);
            if (target != null) {
                // a guess the answer names, and which leaves it partial: "the 80 and over population" may be a base
                d.notes.add("Taking " + target.name() + " for '" + Planner.words(r, c.tokens()) + "' (said of people).");
                d.guessed = true;
            }
        }
        if (target == null) {
            // "when did renewables first exceed 10000": a number with no column named is the only measure's
            List<DataColumn> numeric = d.catalog.columns().stream().filter(col -> col.role().numeric()
                    && !col.role().time()).toList();
            target = numeric.size() == 1 ? numeric.get(0) : null;
            int named = c.tokens().get(0) - 1;
            Token noun = r.at(named);
            if (target != null && noun != null && r.free(named) && noun.lower().matches("\\p{L}{3,}")
                    && !FunctionWords.is(noun) && mentions.stream().noneMatch(m -> m.tokens().contains(named))
                    && r.at(named - 1) != null && r.at(named - 1).isAny(Set.of("a", "an", "the", "its", "their"))) {
                // "years with an anomaly above 0.8" of a table whose one measure is temp: the question's name for it
                r.use(named);
                d.notes.add("Taking " + target.name() + " for '" + noun.text() + "': it is the data's only measure.");
                d.guessed = true; // the data never says the word: the answer says which reading it took
            }
        }
        DataColumn compared = target;
        boolean versus = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("vs", "versus", "against")));
        if (target == null || versus && d.filters.stream().anyMatch(f -> f.column().equals(compared)
                && (f instanceof Filter.Compare || f instanceof Filter.Between))) {
            // "1-2 star reviews vs 4-5 star": two ranges of one column compared, never both kept (no row is in both)
            c.tokens().forEach(i -> d.unplaced.add(i));
            return;
        }
        if (used != null) {
            spent.add(used);
            r.use(used.tokens());
        }
        r.use(c.hint());
        double scale = percentOfFractions(r, c, target) ? 0.01 : 1;
        double units = c.unit() >= 0 ? Units.factor(r.at(c.unit()).lower(), target) : 1;
        if (units != 1) {
            scale = units;
            d.notes.add("Reading " + Numbers.plain(c.lo()) + " " + r.at(c.unit()).text() + " as "
                    + Numbers.plain(c.lo() * units) + " " + Units.of(target) + ".");
        } else if (scale != 1) {
            d.notes.add("Reading " + Numbers.grouped(c.lo()) + "% as " + Numbers.grouped(c.lo() * scale) + ": "
                    + target.name() + " holds fractions (from " + target.dna().path("min").asText() + " to "
                    + target.dna().path("max").asText() + ").");
        }
        if (negative) {
            // "100 degrees W" is -100; "more than 100 degrees west" is further west, so below -100 ("west of" says so)
            boolean saidByCompass = !r.at(c.tokens().get(0)).isNumber() && Degrees.compassWord(r.at(c.tokens().get(0)));
            String op = saidByCompass ? c.op() : flipped(c.op());
            d.filters.add("between".equals(c.op()) ? new Filter.Between(target, -c.hi(), -c.lo())
                    : new Filter.Compare(target, op, -c.lo()));
            return;
        }
        d.filters.add("between".equals(c.op()) ? new Filter.Between(target, c.lo() * scale, c.hi() * scale)
                : new Filter.Compare(target, c.op(), c.lo() * scale));
    }

    private static String flipped(String op) {
        return switch (op) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> op;
        };
    }

    /** "a discount above 10%" of a column holding 0 … 0.2: the percent is a hundredth of the column's unit. */
    private static boolean percentOfFractions(Reading r, Comparison c, DataColumn target) {
        boolean percent = c.unit() >= 0 && (r.at(c.unit()).is("%") || r.at(c.unit()).is("percent"));
        com.fasterxml.jackson.databind.JsonNode max = target.dna().path("max");
        return percent && max.isNumber() && max.asDouble() <= 1 && target.dna().path("min").asDouble() >= 0
                && c.hi() > 1 && !"%".equals(target.unit());
    }

    /**
     * "how many victims were under 21": a number said of people with no column named is their age, when the data has
     * one age column and the number can be an age. The rows are people when their noun is a kind of person in WordNet.
     */
    private static DataColumn age(Reading r, Draft d, Comparison c, Lexicon lexicon) {
        List<DataColumn> ages = d.catalog.columns().stream().filter(col -> col.role().numeric() && col.words().contains("age"))
                .toList();
        if (ages.size() != 1 || c.lo() < 0 || c.hi() > 120 || "=".equals(c.op())) {
            return null;
        }
        for (Token t : r.tokens) {
            boolean person = t.lower().matches("\\p{L}{3,}") && (t.isAny(Set.of("person", "people"))
                    || t.lemmas().stream().anyMatch(l -> lexicon.kinds(l).contains("person")));
            if (person) {
                return ages.get(0);
            }
        }
        return null;
    }
}
