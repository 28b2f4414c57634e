package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.MoneyMeasure;

/**
 * "total sales", "revenue by region", "top 3 customers by revenue" over orders that hold an amount, or units and a
 * unit price: the word of money is the data's money ({@link MoneyMeasure}), and the answer says what it took. A
 * column named by the word itself ("sales channel" taken whole) comes first.
 */
final class MoneyNoun {

    static final Set<String> MONEY = Set.of("revenue", "revenues", "sale", "sales", "turnover", "takings", "receipts",
            "spend", "spent", "spending", "money", "funds", "funding", "income", "earnings", "proceeds");

    private MoneyNoun() {
    }

    /** The mention of the data's money at an unplaced word of money; a partial match it replaces is removed. */
    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        Optional<DataColumn> money = MoneyMeasure.of(d.catalog);
        if (money.isEmpty()) {
            return oneOfSeveral(r, d, mentions);
        }
        String price = money.get().formula();
        for (ColumnMention m : List.copyOf(mentions)) {
            int after = m.last() + 1;
            if (m.column().formula() == null && m.column().sql().equals(price) && r.at(after) != null
                    && r.at(after).isAny(MONEY) && r.free(after)) {
                // "package revenue" where the revenue is the package price: the revenue, added up, named by both words
                List<Integer> tokens = new ArrayList<>(m.tokens());
                tokens.add(after);
                mentions.set(mentions.indexOf(m), new ColumnMention(money.get(), tokens, m.score(), true, List.of()));
                return Optional.empty();
            }
        }
        if (mentions.stream().anyMatch(m -> m.column().equals(money.get()))) {
            r.tokens.stream().filter(t -> t.isAny(MONEY) && r.free(t.index()))
                    .forEach(t -> saidWith(r, d, t.index(), mentions));
            return Optional.empty();
        }
        for (Token t : r.tokens) {
            int i = t.index();
            boolean takenWhole = mentions.stream().anyMatch(m -> m.tokens().contains(i) && (m.whole() || m.tokens().size() > 1));
            if (r.used(i) || !(t.isAny(MONEY) || billed(r, d, i)) || takenWhole) {
                continue;
            }
            if (timeSpent(r, i, mentions)) {
                continue;
            }
            Token per = r.at(i - 1);
            if (per != null && per.isAny(Set.of("per", "each", "every")) && d.catalog.namesRows(t.lower())) {
                continue; // "avg rods per sale" of licence sales: each sale is a row, no money
            }
            if (saidWith(r, d, i, mentions)) {
                return Optional.empty(); // "parts revenue": the money of parts_usd, not the data's main money
            }
            drop(d, mentions, i); // "sales" was half of "Sales Channel"
            List<Integer> tokens = new ArrayList<>(List.of(i));
            Token before = r.at(i - 1);
            if (before != null && r.free(i - 1) && d.catalog.namePart(before.lower())
                    && mentions.stream().noneMatch(m -> m.tokens().contains(i - 1) && m.tokens().size() > 1)) {
                // "wash revenue" of car_wash_visits: the business the data is of, no column of washes
                drop(d, mentions, i - 1);
                tokens.add(i - 1);
            } else if (before != null && before.lower().matches("\\p{L}{3,}ed") && mentions.stream().anyMatch(m ->
                    m.tokens().equals(List.of(i - 1)) && !MoneyMeasure.moneyLike(m.column()))) {
                // "billed revenue", "collected revenue": a verb said of the money, not hours_billed beside it
                drop(d, mentions, i - 1);
                tokens.add(i - 1);
            }
            DataColumn column = money.get();
            Optional<DataColumn> gross = MoneyMeasure.gross(d.catalog);
            if (gross.isPresent() && !gross.get().equals(column)) {
                // "gross sales", "revenue before discounts"; "net sales", "revenue net of discounts", "after discounts"
                List<Integer> said = discountWords(r, i);
                mentions.removeIf(m -> m.tokens().stream().anyMatch(said::contains));
                tokens.addAll(said);
                if (said.stream().anyMatch(k -> r.at(k).isAny(Set.of("gross", "before")))) {
                    column = gross.get();
                }
            } else {
                // "net ad revenue after discounts" of one price a row and a discount in percent: the price less it
                List<Integer> said = discountWords(r, i);
                Optional<DataColumn> less = MoneyMeasure.lessDiscountRate(d.catalog, column);
                boolean net = !said.isEmpty() && said.stream().noneMatch(k -> r.at(k).isAny(Set.of("gross", "before")));
                if (less.isPresent() && net) {
                    mentions.removeIf(m -> m.tokens().stream().anyMatch(said::contains));
                    tokens.addAll(said);
                    column = less.get();
                }
            }
            boolean implied = column.formula() != null;
            Optional<NetOf> net = netOf(r, d, column, i);
            if (net.isPresent()) {
                column = net.get().column();
                tokens.addAll(net.get().tokens());
                mentions.removeIf(m -> m.tokens().stream().anyMatch(net.get().tokens()::contains));
                net.get().tokens().forEach(k -> d.filters.remove(d.valueAt.remove(k)));
                d.notes.add("Net of " + net.get().word() + ": " + column.name() + ".");
            }
            boolean perUnitAssumed = implied && MoneyMeasure.pricePerUnitAssumed(d.catalog);
            d.guessed |= perUnitAssumed;
            List<DataColumn> besides = implied || net.isPresent() ? List.of() : MoneyMeasure.besides(d.catalog, column)
                    .stream().filter(c -> !Arithmetic.included(r, c, mentions)).toList();
            if (!besides.isEmpty()) {
                // "revenue" beside a fee and a travel surcharge: whether it includes the surcharge is a reading taken
                d.guessed = true;
                d.notes.add(String.join(", ", besides.stream().map(DataColumn::name).toList())
                        + (besides.size() == 1 ? " also holds money and is" : " also hold money and are")
                        + " left out of '" + t.text() + "'.");
            }
            d.notes.add(!implied ? "Taking " + column.name() + " for '" + t.text() + "'."
                    : "Revenue is " + column.name() + (perUnitAssumed ? ", taking the price as that of one unit" : "")
                            + ": the data holds no revenue column.");
            tokens.sort(Comparator.naturalOrder());
            return Optional.of(new ColumnMention(column, tokens, 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /** Verbs of money asked for as an amount: "total billed", "how much was invoiced". */
    private static final Set<String> BILLED = Set.of("billed", "invoiced", "charged", "collected", "taken");

    /**
     * Whether the word is money asked as what was billed: "total billed", "how much was invoiced in 2024", "which
     * cleaner billed the most".
     */
    private static boolean billed(Reading r, Draft d, int i) {
        Token before = r.at(i - 1);
        Token twoBefore = r.at(i - 2);
        boolean asked = before != null && before.isAny(Set.of("total", "much"))
                || twoBefore != null && twoBefore.is("much") && before.isAny(Set.of("was", "were", "is", "we"));
        Token next = r.at(i + 1) != null && r.at(i + 1).is("the") ? r.at(i + 2) : r.at(i + 1);
        boolean ranked = next != null && next.isAny(Set.of("most", "least"));
        return (r.at(i).isAny(BILLED) && (asked || ranked) || broughtIn(r, i)) && !d.catalog.holds(r.at(i));
    }

    private static final Set<String> BRINGING = Set.of("bring", "brings", "bringing", "brought", "take", "takes",
            "took");

    /**
     * "how much more did soccer bring in than rugby", "how much did each pitch take in": money taken, asked by "how
     * much" and said by its verb alone.
     */
    private static boolean broughtIn(Reading r, int i) {
        Token particle = r.at(i + 1);
        if (!r.at(i).isAny(BRINGING) || particle == null || !particle.is("in")
                || r.tokens.stream().anyMatch(t -> t.isAny(MONEY))) {
            return false; // "brought in the most revenue": the money is named, the verb only says how it came
        }
        return r.tokens.stream().anyMatch(t -> t.index() < i && t.is("much") && r.at(t.index() - 1) != null
                && r.at(t.index() - 1).is("how"));
    }

    /**
     * "spent the most nights with us": time spent, not money, where what is spent is said right after and is no money
     * of the data.
     */
    private static boolean timeSpent(Reading r, int i, List<ColumnMention> mentions) {
        if (!r.at(i).isAny(Set.of("spent", "spend", "spending"))) {
            return false;
        }
        // "time spent in the room", "how long did groups spend", "spend in the room, in minutes": time, said outright
        boolean howLong = r.tokens.stream().anyMatch(t -> t.index() < i && t.is("long") && r.at(t.index() - 1) != null
                && r.at(t.index() - 1).is("how"));
        boolean inUnits = r.tokens.stream().anyMatch(t -> t.index() > i && r.at(t.index() - 1).is("in")
                && "time".equals(Units.dimensionOfUnit(t.lower())));
        if (r.at(i - 1) != null && r.at(i - 1).is("time") || howLong || inUnits) {
            return true;
        }
        int k = i + 1;
        while (r.at(k) != null && r.at(k).isAny(SPENT_HOW)) {
            k++;
        }
        int object = k;
        return r.at(object) != null && ("time".equals(Units.dimensionOfUnit(r.at(object).lower()))
                || mentions.stream().anyMatch(m -> m.tokens().contains(object) && !MoneyMeasure.moneyLike(m.column())));
    }

    private static final Set<String> SPENT_HOW = Set.of("the", "most", "least", "fewest", "more", "fewer", "total", "a");

    /** Removes the mentions of a word the money took, and the notes of a choice they carried. */
    private static void drop(Draft d, List<ColumnMention> mentions, int token) {
        mentions.stream().filter(m -> m.tokens().contains(token)).toList().forEach(m -> {
            mentions.remove(m);
            d.settled(m);
        });
    }

    /**
     * "subtotal revenue", "gear rental revenue" where the data holds several amounts of money (a rental fee and an
     * entry fee): the word of money is the amount named just before it. Nothing is taken when no word, or several, name one.
     */
    private static Optional<ColumnMention> oneOfSeveral(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            int i = t.index();
            boolean takenWhole = mentions.stream().anyMatch(m -> m.tokens().contains(i)
                    && (m.whole() || m.tokens().size() > 1));
            if (r.used(i) || !(t.isAny(MONEY) || billed(r, d, i)) || takenWhole) {
                continue;
            }
            if (saidWith(r, d, i, mentions)) {
                return Optional.empty();
            }
            // the words before ("gear rental revenue"), or a verb's past after ("$ approved" of approved_amount)
            Token after = r.at(i + 1);
            List<Integer> near = new ArrayList<>(List.of(i - 1, i - 2));
            if (after != null && after.lower().matches("\\p{L}{3,}ed")) {
                near.add(i + 1);
            }
            for (int k : near) {
                Token w = r.at(k);
                if (w == null) {
                    continue;
                }
                List<DataColumn> named = d.catalog.columns().stream().filter(MoneyMeasure::moneyLike)
                        .filter(c -> c.words().stream().anyMatch(w::is)).toList();
                if (named.size() == 1) {
                    // "gear rental revenue": the words that named the rental (a yes/no of it) go with the money
                    List<Integer> tokens = new ArrayList<>(List.of(i));
                    mentions.stream().filter(m -> m.tokens().contains(w.index()) || m.tokens().contains(i)).toList()
                            .forEach(m -> {
                                mentions.remove(m);
                                m.tokens().stream().filter(x -> !tokens.contains(x)).forEach(tokens::add);
                            });
                    tokens.sort(Comparator.naturalOrder());
                    d.notes.add("Taking " + named.get(0).name() + " for '" + Planner.words(r, tokens) + "'.");
                    return Optional.of(new ColumnMention(named.get(0), tokens, 1.0, true, List.of()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "subtotal revenue", "revenue (subtotal, …)": a word of money beside an amount named right before it, or right
     * after in brackets, says what the amount is; it joins that amount's mention.
     */
    private static boolean saidWith(Reading r, Draft d, int i, List<ColumnMention> mentions) {
        int after = r.at(i + 1) != null && r.at(i + 1).text().equals("(") ? i + 2 : -1;
        Optional<ColumnMention> amount = mentions.stream().filter(m -> (m.last() == i - 1 || m.first() == after)
                && (MoneyMeasure.moneyLike(m.column()) || charged(m.column()))).findFirst();
        if (amount.isEmpty()) {
            return false;
        }
        // "labour revenue" of price_labour: what the labour brought in, added up; "avg extras spend" stays an average
        boolean middle = r.tokens.stream().map(t -> Vocabulary.AGGREGATES.get(t.lower()))
                .anyMatch(a -> a == Aggregate.AVG || a == Aggregate.MEDIAN);
        if (charged(amount.get().column()) && d.aggregate == null && !middle) {
            d.aggregate = Aggregate.SUM;
        }
        mentions.removeIf(m -> m.tokens().contains(i));
        ColumnMention m = amount.get();
        List<Integer> with = new ArrayList<>(m.tokens());
        with.add(i);
        with.sort(Comparator.naturalOrder());
        mentions.set(mentions.indexOf(m), new ColumnMention(m.column(), with, m.score(), m.whole(), m.alternatives()));
        return true;
    }

    /** A price each row charged (price_labour, price_parts): revenue of it is the prices added up. */
    private static boolean charged(DataColumn c) {
        return c.role() == ColumnRole.LEVEL && c.numericType() && c.words().contains("price");
    }

    private record NetOf(DataColumn column, List<Integer> tokens, String word) {
    }

    /**
     * "net spend after refunds", "spend net of refunds", "spend minus refunds": the money less the one amount given
     * back that the word after names; "net" alone says nothing of what is taken off.
     */
    private static Optional<NetOf> netOf(Reading r, Draft d, DataColumn paid, int money) {
        for (int k = money + 1; k <= money + 3 && r.at(k) != null; k++) {
            Token joining = r.at(k);
            Token part = r.at(k + 1);
            if (!joining.isAny(Set.of("after", "less", "minus", "of", "excluding")) || part == null) {
                continue;
            }
            Optional<DataColumn> net = MoneyMeasure.netOf(d.catalog, paid, part.lemmas());
            if (net.isPresent()) {
                List<Integer> tokens = new ArrayList<>(List.of(k, k + 1));
                Token before = r.at(money - 1);
                if (before != null && before.is("net")) {
                    tokens.add(money - 1);
                }
                if (joining.is("of") && r.at(k - 1) != null && r.at(k - 1).is("net")) {
                    tokens.add(k - 1);
                }
                return Optional.of(new NetOf(net.get(), tokens, part.text()));
            }
        }
        return Optional.empty();
    }

    /** The words around a word of money that say whether discounts are taken off: "net of discounts", "gross". */
    private static List<Integer> discountWords(Reading r, int money) {
        List<Integer> said = new ArrayList<>();
        for (int k = Math.max(0, money - 2); k <= money + 4 && k < r.tokens.size(); k++) {
            Token t = r.at(k);
            // "net sales", "net snack sales", "sales net of discounts"
            boolean qualifier = t.isAny(Set.of("gross", "net")) && k >= money - 2 && k <= money + 1;
            boolean discount = t.isAny(DISCOUNTS) && k > money;
            boolean joining = t.isAny(Set.of("of", "after", "less", "minus", "before", "excluding")) && k > money
                    && r.at(k + 1) != null && (r.at(k + 1).isAny(DISCOUNTS) || r.at(k + 1).is("of"));
            if (k != money && r.free(k) && (qualifier || discount || joining)) {
                said.add(k);
            }
        }
        return said;
    }

    private static final Set<String> DISCOUNTS = Set.of("discount", "discounts", "markdown", "markdowns", "promo", "promos");
}
