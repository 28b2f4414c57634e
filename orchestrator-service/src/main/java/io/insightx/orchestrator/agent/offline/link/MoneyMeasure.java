package io.insightx.orchestrator.agent.offline.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What "revenue", "sales", "spend" or "turnover" are where no column is named so: the one amount of money a row
 * carries (an order's {@code amount}, {@code total}, {@code value}, {@code Sales}), else its quantity times its unit
 * price less its one discount if it has one (an amount, or a percent of the price: what was paid), or its one price
 * where no quantity says a row sold more than one: a measure the data implies but does not hold. Empty when the data
 * says neither, or says it in more than one way. {@link #gross} is the same before the discount.
 */
public final class MoneyMeasure {

    /** Words of a column that holds a row's amount of money. */
    private static final Set<String> AMOUNT_WORDS = Set.of("amount", "total", "value", "subtotal", "gross", "net",
            "charge", "charges", "payment", "paid", "spend", "spent", "fare", "fares", "pledged", "raised", "donated",
            "donations", "earnings", "sales", "revenue", "revenues", "turnover");
    /** Words that make "sales" a count of things sold ("unit_sales", "sales_count"), not money. */
    private static final Set<String> COUNTED = Set.of("unit", "units", "count", "qty", "quantity", "volume", "number");
    /** A fee is what a row earns only where nothing else says so: beside quantities and prices it is one part. */
    private static final Set<String> FEE_WORDS = Set.of("fee", "fees");
    /** Words of a column that holds how many units a row sold. */
    public static final Set<String> QUANTITY_WORDS = Set.of("quantity", "qty", "units", "items", "pieces");

    private static final double MOSTLY_BLANK = 0.5;

    private MoneyMeasure() {
    }

    /** The one column of how many units a row sold ("quantity", "units", "qty"), if there is exactly one. */
    public static Optional<DataColumn> quantity(Catalog catalog) {
        List<DataColumn> quantities = quantities(catalog);
        return quantities.size() == 1 ? Optional.of(quantities.get(0)) : Optional.empty();
    }

    private static List<DataColumn> quantities(Catalog catalog) {
        return catalog.columns().stream().filter(c -> c.role() == ColumnRole.MEASURE && c.numericType()
                && c.words().stream().anyMatch(QUANTITY_WORDS::contains)).toList();
    }

    public static Optional<DataColumn> of(Catalog catalog) {
        return money(catalog, true);
    }

    /**
     * Whether the money of {@link #of} is a quantity times a price whose name does not say it is the price of one unit
     * ("price" rather than "unit_price"): a job's price may be its whole price, so the product is a reading taken.
     */
    public static boolean pricePerUnitAssumed(Catalog catalog) {
        return quantity(catalog).isPresent()
                && money(catalog, true).filter(c -> c.formula() != null && c.formula().contains(" * ")).isPresent()
                && prices(catalog).stream().noneMatch(c -> c.words().stream().anyMatch(PER_UNIT::contains));
    }

    /** Words that make a price the price of one unit. */
    private static final Set<String> PER_UNIT = Set.of("unit", "each", "per", "ea", "piece", "item");

    /** Columns of a price: named so, or a level each row holds in a currency (a rate card's "€40.00"). */
    private static List<DataColumn> prices(Catalog catalog) {
        return catalog.columns().stream().filter(c -> c.role().numeric() && !c.role().time()
                && (c.words().contains("price") || c.role() == ColumnRole.LEVEL && inCurrency(c))).toList();
    }

    /** Quantity times unit price, before any discount: "gross sales"; empty where {@link #of} is not such a product. */
    public static Optional<DataColumn> gross(Catalog catalog) {
        return money(catalog, false).filter(c -> c.formula() != null);
    }

    /** The one discount amount a row carries ("discount_amt", "Discount ($)"), not a rate or a percent. */
    public static Optional<DataColumn> discount(Catalog catalog) {
        List<DataColumn> discounts = catalog.columns().stream().filter(c -> c.role().numeric() && !c.role().time()
                && c.numericType() && c.words().contains("discount") && !"%".equals(c.unit())
                && c.words().stream().noneMatch(Set.of("pct", "percent", "percentage", "rate", "share")::contains)).toList();
        return discounts.size() == 1 ? Optional.of(discounts.get(0)) : Optional.empty();
    }

    /**
     * The money less the one discount each row gave as a percent of it ("€40.00" at "10 %"), for revenue said to be net
     * of discounts: a price alone may be a list price or what was paid, so the discount is taken off only when asked,
     * and never from a price named as paid.
     */
    public static Optional<DataColumn> lessDiscountRate(Catalog catalog, DataColumn money) {
        // "Price Paid" is what was paid already, the discount taken
        boolean paid = java.util.Arrays.stream(money.name().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .anyMatch(Set.of("paid", "net", "charged")::contains);
        return discountRate(catalog).filter(c -> !c.equals(money) && !paid).map(c -> revenue(money.name() + " − "
                + c.name(), money.unit(), money.sql() + " * (1 - coalesce(" + c.sql() + ", 0) / "
                + (percent(c) ? "100.0" : "1") + ")"));
    }

    /** The one discount a row carries as a share of its price ("discount_pct", "Discount (%)"), not an amount. */
    private static Optional<DataColumn> discountRate(Catalog catalog) {
        List<DataColumn> rates = catalog.columns().stream().filter(c -> c.role().numeric() && !c.role().time()
                && c.numericType() && c.words().contains("discount") && ("%".equals(c.unit())
                        || c.words().stream().anyMatch(RATE_WORDS::contains))).toList();
        return rates.size() == 1 ? Optional.of(rates.get(0)) : Optional.empty();
    }

    private static final Set<String> RATE_WORDS = Set.of("pct", "percent", "percentage", "rate");

    /** Whether a rate is written in percent (10 for a tenth) rather than as a fraction (0.1): its values pass 1. */
    private static boolean percent(DataColumn rate) {
        return rate.dna() == null || rate.dna().path("max").asDouble(100) > 1;
    }

    /**
     * The other amounts of money a row carries beside the one {@link #of} took, that are neither a part of it (a
     * refund, a tip), nor a price or a cost: a travel surcharge or a fee beside an amount, which revenue may or may
     * not include.
     */
    public static List<DataColumn> besides(Catalog catalog, DataColumn taken) {
        return catalog.columns().stream().filter(c -> !c.equals(taken) && moneyLike(c) && c.words().stream().noneMatch(
                        w -> PARTS.contains(w) && !FEE_WORDS.contains(w) || w.equals("price") || w.equals("cost")
                                || w.equals("costs")))
                .toList();
    }

    /** Whether a column holds an amount of money: in a currency, or named an amount, a fee, a price or a cost. */
    public static boolean moneyLike(DataColumn c) {
        return c.role() == ColumnRole.MEASURE && c.numericType() && (inCurrency(c)
                || c.words().stream().anyMatch(w -> CURRENCIES.contains(w) || AMOUNT_WORDS.contains(w)
                        || FEE_WORDS.contains(w) || w.equals("price") || w.equals("cost")));
    }

    private static Optional<DataColumn> money(Catalog catalog, boolean net) {
        List<DataColumn> amounts = catalog.columns().stream().filter(c -> c.role() == ColumnRole.MEASURE
                && c.numericType() && c.words().stream().anyMatch(AMOUNT_WORDS::contains)
                && c.words().stream().noneMatch(COUNTED::contains)).toList();
        List<DataColumn> prices = prices(catalog);
        // amounts blank on most rows beside a price on every row are extras some rows carry ("Tip Amount"), not what
        // each row was paid; an approved amount blank where a loan was declined is still the money asked of
        boolean extras = prices.size() == 1 && amounts.stream().allMatch(c -> c.dna() != null
                && c.dna().path("nullFraction").asDouble() > MOSTLY_BLANK);
        if (!amounts.isEmpty() && !extras) {
            List<DataColumn> paid = paid(catalog, amounts);
            return paid.size() == 1 ? Optional.of(paid.get(0)) : Optional.empty();
        }
        List<DataColumn> quantities = quantities(catalog);
        if (quantities.isEmpty() && prices.size() == 1 && prices.get(0).numericType()) {
            // one price a row, no quantity: each row sold one (a ride, a ticket), so its revenue is the price, added up
            DataColumn price = prices.get(0);
            return Optional.of(revenue(price.name(), price.unit(), price.sql()));
        }
        if (quantities.size() != 1 || prices.size() != 1) {
            List<DataColumn> fees = catalog.columns().stream().filter(c -> c.role() == ColumnRole.MEASURE
                    && c.numericType() && c.words().stream().anyMatch(FEE_WORDS::contains)).toList();
            return quantities.isEmpty() && prices.isEmpty() && fees.size() == 1 ? Optional.of(fees.get(0)) : Optional.empty();
        }
        DataColumn quantity = quantities.get(0);
        DataColumn price = prices.get(0);
        Optional<DataColumn> discount = net ? discount(catalog) : Optional.empty();
        Optional<DataColumn> rate = net && discount.isEmpty() ? discountRate(catalog) : Optional.empty();
        String gross = quantity.sql() + " * " + price.sql();
        String formula = discount.map(c -> gross + " - coalesce(" + c.sql() + ", 0)")
                .or(() -> rate.map(c -> gross + " * (1 - coalesce(" + c.sql() + ", 0) / " + (percent(c) ? "100.0" : "1")
                        + ")"))
                .orElse(gross);
        String name = quantity.name() + " × " + price.name()
                + discount.or(() -> rate).map(c -> " − " + c.name()).orElse("");
        return Optional.of(revenue(name, price.unit(), formula));
    }

    /**
     * Of several amounts, the one paid: money given back or taken off ("refund_amount_usd", "discount_amount") is a
     * part of it, and where a currency column says the amounts are in several currencies, only the one converted to
     * a single currency ("amount_usd" beside "amount") adds up.
     */
    private static List<DataColumn> paid(Catalog catalog, List<DataColumn> amounts) {
        List<DataColumn> paid = amounts.stream().filter(c -> c.words().stream().noneMatch(PARTS::contains)).toList();
        boolean currencies = catalog.columns().stream().anyMatch(c -> c.role() == ColumnRole.CATEGORY
                && c.words().contains("currency"));
        List<DataColumn> converted = paid.stream().filter(c -> c.words().stream().anyMatch(CURRENCIES::contains)
                || c.unit() != null && CURRENCIES.contains(c.unit())).toList();
        return currencies && converted.size() == 1 ? converted : paid.isEmpty() ? amounts : paid;
    }

    /**
     * The one amount of money given back or taken off that a word names ("refunds" of refund_amount_usd), with the
     * data's money net of it: what was paid less what came back. Empty when the word names none, or several.
     */
    public static Optional<DataColumn> netOf(Catalog catalog, DataColumn paid, java.util.Collection<String> lemmas) {
        List<DataColumn> parts = catalog.columns().stream().filter(c -> c.role() == ColumnRole.MEASURE && c.numericType()
                && c != paid && c.words().stream().anyMatch(w -> PARTS.contains(w) && lemmas.contains(w))).toList();
        if (parts.size() != 1 || paid.formula() != null) {
            return Optional.empty();
        }
        DataColumn part = parts.get(0);
        List<String> words = new java.util.ArrayList<>(paid.words());
        words.add("net");
        return Optional.of(new DataColumn(paid.name() + " − " + part.name(), "DOUBLE", ColumnRole.MEASURE, words,
                paid.unit(), List.of(), Set.of(), paid.dna(), null, paid.sql() + " - coalesce(" + part.sql() + ", 0)"));
    }

    /** Words of money that is one part of what was paid. */
    private static final Set<String> PARTS = Set.of("refund", "refunds", "refunded", "discount", "discounts", "tax",
            "taxes", "tip", "tips", "fee", "fees", "shipping", "deposit");

    /** Words of one currency. */
    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "dollars", "euros", "$", "€", "£");

    /** Whether the column's unit is a currency ("€" of a rate card written "€40.00", "usd" of amount_usd). */
    public static boolean inCurrency(DataColumn c) {
        return c.unit() != null && CURRENCIES.contains(c.unit());
    }

    /** The revenue a row implies, named after what it is computed from: an additive measure, summed. */
    private static DataColumn revenue(String name, String unit, String formula) {
        return new DataColumn(name, "DOUBLE", ColumnRole.MEASURE, List.of("revenue"), unit, List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"), null, formula);
    }
}
