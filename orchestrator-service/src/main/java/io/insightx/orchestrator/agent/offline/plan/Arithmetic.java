package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;
import io.insightx.orchestrator.agent.offline.link.Quotient;

/**
 * "end minus start", "budget - worldwide gross", "disease + wounds + other", "the ratio of wheat to wages", "wheat
 * relative to wages", "clicks per impression": arithmetic said between number columns is one measure, computed for each
 * row, and the answer says how. Only an operator said outright joins two columns: "wheat and wages" stay two. One
 * amount over another is also their {@link Quotient}, so that over many rows it is total over total. Arithmetic in
 * parentheses defines the words right before it: "conversion rate (conversions / clicks)".
 */
final class Arithmetic {

    /** An operator, the way the answer shows it, its words, and for a percent of another the 100 it scales by. */
    private record Operator(String sql, String shown, List<Integer> tokens, int scale) {

        Operator(String sql, String shown, List<Integer> tokens) {
            this(sql, shown, tokens, 1);
        }
    }

    /** Up to this many distinct values, a number column after "per" is groups, not a divisor. */
    private static final int FEW = 20;
    /** Nouns that name a computed figure without saying which: "rate (a / b)", "value (qty x cost)". */
    private static final Set<String> FIGURE_NOUNS = Set.of("rate", "ratio", "value", "amount", "figure", "metric",
            "measure", "score", "index");

    /** Words of a total said before the second amount of a division. */
    private static final Set<String> TOTALS = Set.of("total", "sum", "of", "the");
    /** Words that add the money after them to the money before: "total fees incl travel surcharges". */
    private static final Set<String> INCLUDING = Set.of("incl", "including", "incl.");
    /** Words of a percent said between a figure's name and its definition. */
    private static final Set<String> PERCENT = Set.of("%", "pct", "percent", "percentage");

    /** Words that say a figure is over all the rows: said between a figure's name and its definition. */
    private static final Set<String> WHOLE = Set.of("overall", "all", "combined", "altogether");

    private Arithmetic() {
    }

    /** The mentions with each said computation of two (or more) of them made one. */
    static List<ColumnMention> combine(Reading r, Draft d, List<ColumnMention> mentions) {
        List<ColumnMention> out = new ArrayList<>(mentions);
        out.sort(Comparator.comparingInt(ColumnMention::first));
        for (int i = 0; i + 1 < out.size(); ) {
            ColumnMention a = out.get(i);
            ColumnMention b = out.get(i + 1);
            Operator op = number(a) && number(b) ? operator(r, a, b) : null;
            if (op == null) {
                i++;
                continue;
            }
            if ("+".equals(op.sql()) || "-".equals(op.sql())) {
                b = sameKind(d, b, a);
                a = sameKind(d, a, b);
            }
            int percent = "/".equals(op.sql()) && op.scale() == 1 ? percentNamed(r, a) : -1;
            if (percent >= 0) {
                // "avg seat occupancy % (attendees / room seats)": the quotient in percent, its "%" read with its name
                op = new Operator("/", " as % of ", op.tokens(), 100);
            }
            ColumnMention joined = join(a, b, op);
            if (joined.column().quotient() == null) {
                List<String> blank = "+".equals(op.sql()) ? java.util.stream.Stream.of(a.column(), b.column())
                        .filter(Arithmetic::blank).map(DataColumn::name).toList() : List.of();
                d.notes.add("Computed " + joined.column().name() + " for each row" + (blank.isEmpty() ? "."
                        : ", a blank " + String.join(" or ", blank) + " counted as 0.")); // a quotient's answer says how
            }
            out.set(i, joined);
            out.remove(i + 1); // "disease + wounds + other": the next one joins the sum so far
            ColumnMention named = named(r, joined, new HashSet<>(List.of(a.column(), b.column())), out); // may drop mentions before it
            i = out.indexOf(joined);
            out.set(i, named);
        }
        return out;
    }

    /**
     * "fees + travel": of the columns a word names alike, the one of the same kind as the other side, money to money
     * (fee_travel_surcharge_gbp, never travel_miles); the note of the choice goes.
     */
    private static ColumnMention sameKind(Draft d, ColumnMention m, ColumnMention other) {
        boolean money = MoneyMeasure.moneyLike(other.column());
        if (MoneyMeasure.moneyLike(m.column()) == money) {
            return m;
        }
        Optional<DataColumn> kin = m.alternatives().stream()
                .filter(c -> MoneyMeasure.moneyLike(c) == money && number(c)).findFirst();
        kin.ifPresent(c -> d.settled(m));
        return kin.map(c -> new ColumnMention(c, m.tokens(), m.score(), m.whole(), List.of())).orElse(m);
    }

    private static boolean number(ColumnMention m) {
        return number(m.column());
    }

    private static boolean number(DataColumn c) {
        return c.role().numeric() && !c.role().time() && c.numericType();
    }

    /**
     * Whether the money column is said after "incl" ("total invoiced in 2024 incl travel surcharges"): added to the
     * money asked, so no reading of that money leaves it out.
     */
    static boolean included(Reading r, DataColumn money, List<ColumnMention> mentions) {
        return mentions.stream().anyMatch(m -> (m.column().equals(money) || m.alternatives().contains(money))
                && r.at(m.first() - 1) != null && r.at(m.first() - 1).isAny(INCLUDING));
    }

    /** The operator said between two mentions, or around them ("the ratio of A to B", "A to B ratio"), or null. */
    private static Operator operator(Reading r, ColumnMention a, ColumnMention b) {
        List<Integer> between = new ArrayList<>();
        boolean readBetween = false;
        for (int k = a.last() + 1; k < b.first(); k++) {
            if (r.used(k)) {
                readBetween = true; // "invoiced in 2024 incl travel": only "incl" reaches past a period said first
                between.clear();
                continue;
            }
            between.add(k);
        }
        if (readBetween && (between.size() != 1 || !r.at(between.get(0)).isAny(INCLUDING))) {
            return null;
        }
        // "total cost / total kwh": the total said again of the second amount is the quotient's own (total over total)
        int said = between.size();
        while (said > 1 && r.at(between.get(said - 1)).isAny(TOTALS)) {
            said--;
        }
        String divided = String.join(" ", between.subList(0, said).stream().map(k -> r.at(k).lower()).toList());
        // "tips as a pct of total price" too
        boolean totalOver = said < between.size() && (divided.equals("/") || divided.equals("divided by")
                || divided.endsWith(" of"))
                && between.subList(said, between.size()).stream().anyMatch(k -> r.at(k).isAny(Set.of("total", "sum")));
        String words = totalOver ? divided : String.join(" ", between.stream().map(k -> r.at(k).lower()).toList());
        switch (words) {
            case "minus", "-", "less" -> {
                return new Operator("-", " − ", between);
            }
            case "plus", "+" -> {
                return new Operator("+", " + ", between);
            }
            case "incl", "including", "inclusive of", "incl of", "incl." -> {
                // "total fees incl travel surcharges": money with the money it includes, never fees with the miles
                boolean money = MoneyMeasure.moneyLike(a.column()) && (MoneyMeasure.moneyLike(b.column())
                        || b.alternatives().stream().anyMatch(MoneyMeasure::moneyLike));
                return money ? new Operator("+", " + ", between) : null;
            }
            case "divided by", "/" -> {
                return new Operator("/", " / ", between);
            }
            case "vs", "versus", "over" -> {
                // "occupancy (attendees vs seats)": in the parentheses that define a figure, one over the other
                boolean defined = r.at(a.first() - 1) != null && r.at(a.first() - 1).text().equals("(")
                        && r.at(b.last() + 1) != null && r.at(b.last() + 1).text().equals(")")
                        && r.at(a.first() - 2) != null && r.at(a.first() - 2).lower().matches("\\p{L}{3,}|%");
                return defined ? new Operator("/", " / ", between) : null;
            }
            case "times", "*", "x", "×" -> {
                return new Operator("*", " × ", between);
            }
            case "relative to", "as a share of", "as a fraction of", "as a proportion of", "share of" -> {
                return new Operator("/", " / ", between);
            }
            case "pct of", "percent of", "% of", "as a percent of", "as a percentage of", "as % of", "as pct of",
                    "as percent of", "as percentage of", "percentage of", "as a pct of", "as a % of" -> {
                return new Operator("/", " as % of ", between, 100);
            }
            case "per" -> {
                // "price per sq ft", but "avg price per bedroom" groups by a handful of bedroom counts; money per
                // an amount said in the singular with no average is a rate whatever its count of values ("revenue per
                // night" of nights)
                long distinct = b.column().distinct();
                boolean rate = MoneyMeasure.moneyLike(a.column()) && b.column().role() == ColumnRole.MEASURE
                        && b.tokens().size() == 1 && !r.at(b.first()).lower().endsWith("s")
                        && r.tokens.stream().noneMatch(t -> Vocabulary.AGGREGATES.get(t.lower()) == Aggregate.AVG);
                return distinct == 0 || distinct > FEW || rate ? new Operator("/", " / ", between) : null;
            }
            case "" -> {
                // "pledged/goal ratio": two figures side by side (the slash is no word) before "ratio"
                boolean ratio = r.at(b.last() + 1) != null && r.free(b.last() + 1) && r.at(b.last() + 1).is("ratio");
                return ratio ? new Operator("/", " / ", List.of(b.last() + 1)) : null;
            }
            case "to" -> {
                List<Integer> tokens = new ArrayList<>(between);
                int before = a.first() - 1;
                if (r.free(before) && r.at(before).is("of") && r.free(before - 1) && r.at(before - 1).is("ratio")) {
                    tokens.add(before);
                    tokens.add(before - 1); // "the ratio of wheat to wages"
                    return new Operator("/", " / ", tokens);
                }
                if (r.free(b.last() + 1) && r.at(b.last() + 1).is("ratio")) {
                    tokens.add(b.last() + 1); // "wheat to wages ratio"
                    return new Operator("/", " / ", tokens);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
    /** A quotient of two amounts as a percent: 100 × the dividend over the divisor, total over total. */
    static DataColumn asPercent(DataColumn c) {
        Quotient q = c.quotient();
        if (q == null || q.scale() != 1) {
            return c;
        }
        return new DataColumn(c.name() + " (%)", c.type(), c.role(), c.words(), "%", c.values(), c.totals(), c.dna(),
                c.textDateFormat(), "100.0 * " + c.formula(), new Quotient(q.dividend(), q.divisor(), 100));
    }

    private static String addend(DataColumn c, Operator op) {
        // in a sum, a blank part ("insurance paid" on a cash fill) is none of it; so is an amount read from text left
        // empty ("DrinksTotal": "")
        return "+".equals(op.sql()) && blank(c) ? "coalesce(" + c.sql() + ", 0)" : c.sql();
    }

    /** Whether some rows have none of the column: a blank, or an amount read from text left empty. */
    private static boolean blank(DataColumn c) {
        if (c.hasBlanks()) {
            return true;
        }
        // an empty text sorts first: the profile's least value, or one of its most common
        boolean emptyText = c.dna().path("min").isTextual() && c.dna().path("min").asText().isBlank()
                || java.util.stream.StreamSupport.stream(c.dna().path("topValues").spliterator(), false)
                        .anyMatch(v -> v.path("value").isTextual() && v.path("value").asText().isBlank());
        return c.formula() != null && emptyText;
    }

    private static ColumnMention join(ColumnMention a, ColumnMention b, Operator op) {
        DataColumn x = a.column();
        DataColumn y = b.column();
        // a sum or difference of amounts adds up over rows, as does an amount times a level (units × unit cost); a
        // ratio, or anything else of levels, is averaged
        boolean additive = "*".equals(op.sql()) ? x.role() == ColumnRole.MEASURE ^ y.role() == ColumnRole.MEASURE
                : !"/".equals(op.sql()) && x.role() == ColumnRole.MEASURE && y.role() == ColumnRole.MEASURE;
        String name = x.name() + op.shown() + y.name();
        String formula = (op.scale() == 1 ? "" : op.scale() + ".0 * ") + addend(x, op) + " " + op.sql()
                + ("/".equals(op.sql()) ? " nullif(" + y.sql() + ", 0)" : " " + addend(y, op));
        List<String> words = new ArrayList<>(x.words());
        words.add(op.shown().strip());
        words.addAll(y.words());
        String unit = op.scale() == 100 ? "%" : x.unit() != null && x.unit().equals(y.unit()) && !"/".equals(op.sql()) ? x.unit() : null;
        boolean amounts = x.role() == ColumnRole.MEASURE && y.role() == ColumnRole.MEASURE;
        Quotient quotient = "/".equals(op.sql()) && amounts ? new Quotient(x, y, op.scale()) : null;
        DataColumn column = new DataColumn(name, "DOUBLE", additive ? ColumnRole.MEASURE : ColumnRole.LEVEL, words, unit,
                List.of(), Set.of(), JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"), null, formula,
                quotient);
        List<Integer> tokens = new ArrayList<>(a.tokens());
        tokens.addAll(op.tokens());
        tokens.addAll(b.tokens());
        tokens.sort(Comparator.naturalOrder());
        return new ColumnMention(column, tokens, a.score() + b.score(), a.whole() && b.whole(), List.of());
    }

    /**
     * "conversion rate (conversions / clicks)", "total value of inbound stock (qty x unit cost)": arithmetic in
     * parentheses is what the words right before it name: the mentions of its own columns there, and a noun that names a
     * figure, become part of the computed mention, as do the words right before the parentheses that no other step took:
     * the name the question gives the figure ("total cost (copay + insurance paid)", "lines changed (additions +
     * deletions)"). Any other word there ("inbound") stays for the other steps.
     */
    private static ColumnMention named(Reading r, ColumnMention joined, Set<DataColumn> parts, List<ColumnMention> mentions) {
        List<Integer> tokens = new ArrayList<>(joined.tokens());
        int first = pastTotals(r, joined);
        for (int k = first + 1; k < joined.first(); k++) {
            tokens.add(k); // "(total cost / total kwh)"
        }
        Token open = r.at(first);
        Token close = r.at(joined.last() + 1);
        if (open == null || close == null || !open.text().equals("(") || !close.text().equals(")")) {
            return joined;
        }
        tokens.add(open.index());
        tokens.add(close.index());
        int named = open.index() - 1;
        while (named >= 0 && r.free(named) && (r.at(named).isAny(WHOLE) || namesPercent(r, named))) {
            tokens.add(named--); // "pay per kwh overall (…)": the figure over all the rows, which a quotient is
        }
        for (int k = named; k >= 0 && k >= named - 3; k--) {
            int at = k;
            // the word or column name right before: "total cost (copay + insurance paid)", "lines changed (additions +
            // deletions)"; a word further back ("inbound stock") is left to the other steps
            boolean adjacent = k == named;
            ColumnMention inside = mentions.stream().filter(m -> m.tokens().contains(at)).findFirst().orElse(null);
            if (inside != null && (parts.contains(inside.column()) || adjacent && inside.column().role().numeric())) {
                mentions.remove(inside);
                tokens.addAll(inside.tokens());
                k = inside.first();
            } else if (inside == null && r.free(k) && (r.at(k).isAny(FIGURE_NOUNS)
                    || adjacent && r.at(k).lower().matches("\\p{L}{3,}") && !FunctionWords.is(r.at(k))
                            && !Vocabulary.AGGREGATES.containsKey(r.at(k).lower()))) {
                tokens.add(k);
            }
        }
        tokens = tokens.stream().distinct().sorted().toList();
        return new ColumnMention(joined.column(), tokens, joined.score(), joined.whole(), List.of());
    }

    /** The "%" said right before the parentheses the mention opens, or -1: "occupancy % (attendees / seats)". */
    private static int percentNamed(Reading r, ColumnMention a) {
        int at = pastTotals(r, a);
        Token open = r.at(at);
        Token before = r.at(at - 1);
        return open != null && open.text().equals("(") && before != null && r.free(at - 1) && namesPercent(r, at - 1)
                ? at - 1 : -1;
    }

    /** The position before a mention, past the words of a total said before it: the "(" of "(total cost / …)". */
    private static int pastTotals(Reading r, ColumnMention m) {
        int at = m.first() - 1;
        while (at >= 0 && r.free(at) && r.at(at).isAny(TOTALS)) {
            at--;
        }
        return at;
    }

    /** A "%" said as part of a figure's name ("occupancy %"), not as the unit asked ("in pct", read apart). */
    private static boolean namesPercent(Reading r, int i) {
        Token before = r.at(i - 1);
        return r.at(i).isAny(PERCENT) && !(before != null && before.isAny(Set.of("in", "as")));
    }
}
