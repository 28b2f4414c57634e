package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Infers a column's role from its DNA: the profiler's semantic type, its values and the common English words of
 * measurement in its name. A number that is a level or a rate (a price, a temperature, an age, a share) is averaged;
 * a count or an amount (people, sales, units) is summed.
 */
final class Roles {

    /** Names of quantities that are levels or rates: summing them over rows means nothing. */
    private static final Set<String> LEVEL_WORDS = Set.of("price", "rate", "ratio", "pct", "perc", "percent",
            "percentage", "share", "avg", "average", "mean", "median", "index", "age", "temp", "temperature",
            "latitude", "longitude", "lat", "lon", "lng", "expect", "expectancy", "income", "fertility", "density",
            "concentration", "speed", "height", "weight", "mass", "length", "depth", "width", "size", "elevation",
            "altitude", "humidity", "pressure", "capita", "grade", "rating", "wage", "salary", "gdp", "wind", "co2",
            "level", "close", "open", "high", "low", "pm25", "ppm", "unit", "per");
    /** Names of quantities that add up across rows. */
    private static final Set<String> ADDITIVE_WORDS = Set.of("amount", "total", "sum", "count", "number", "quantity",
            "qty", "units", "volume", "sales", "revenue", "cost", "spend", "spending", "profit", "precipitation",
            "rainfall", "snowfall", "generation", "people", "population", "passengers", "visitors", "deaths", "cases",
            "births", "goals", "points", "votes", "flights", "orders", "items", "sold", "n", "subtotal", "tip", "tips",
            "tax", "taxes", "fare", "fares", "charge", "charges", "payment", "payments", "paid", "gross", "discount",
            "refund", "refunds", "spent", "expense", "expenses", "kwh", "mwh", "gwh", "consumption", "usage", "fine",
            "fines", "fee", "fees", "penalty", "penalties", "usd", "dollars", "distance", "mileage", "collected",
            "takings", "earnings", "proceeds");

    /**
     * Goods moved or gathered, whose weight or volume adds up ("load_weight_kg", "cargo_weight"), unlike the weight
     * of a being or a thing measured ("body_mass_g").
     */
    private static final Set<String> GOODS = Set.of("load", "cargo", "freight", "shipment", "payload", "haul",
            "catch", "harvest", "harvested", "shipped", "delivered");

    private static final int CODES = 5;
    private static final int NUMBERS_SPREAD = 4;
    /** Words that make a column a key whatever its numbers look like. */
    private static final Set<String> KEY_WORDS = Set.of("id", "ids", "key", "uuid", "guid", "zip", "zipcode",
            "postcode", "ssn", "isbn", "sku");

    /** Last words of a name that say its numbers name things: "Receipt #", "Invoice No", "Booking Ref". */
    private static final Set<String> NUMBERED = Set.of("#", "no", "nbr", "num", "number", "ref");

    /** Words that make a number column a code: a label, however many values it has. */
    static final Set<String> CODE_WORDS = Set.of("code", "codes", "fips");
    private static final int CODE_CATEGORIES = 1000;

    private Roles() {
    }

    /**
     * The role, knowing how many rows the data has: a column named only "number" (a pull request's, an issue's) whose
     * integers are spread over many values numbers the rows, a key, never a count to add up. Numbers that restart per
     * repository repeat across rows, so the test is spread (one distinct value in every four rows or more), not
     * uniqueness; a count of things takes few values over many rows.
     */
    static ColumnRole of(JsonNode c, List<String> words, String type, long rows) {
        ColumnRole role = of(c, words, type);
        boolean bareNumber = words.size() == 1 && NUMBERED.contains(words.get(0)) && integer(type);
        if (role == ColumnRole.IDENTIFIER && ordinal(c, type, rows)) {
            return ColumnRole.CATEGORY; // "how many episodes" never counts the numbers an episode has in its season
        }
        if (role.numeric() && yearsInARow(c, type, rows)) {
            return ColumnRole.CATEGORY; // a season, an edition, a cohort: "per season" groups, "total season" is nonsense
        }
        return role.numeric() && bareNumber && rows > 1 && c.path("distinctCount").asLong() * NUMBERS_SPREAD >= rows ? ColumnRole.IDENTIFIER : role;
    }

    /**
     * A number that counts within something else, 1 to N with every number used and each many times over
     * (episode_number, line_no): it orders the rows of its parent, and identifies none of them.
     */
    private static boolean ordinal(JsonNode c, String type, long rows) {
        long lo = c.path("min").asLong(-1);
        return (lo == 0 || lo == 1) && everyNumberOften(c, type, rows);
    }

    /**
     * Every year from the first to the last, each on many rows (season 2022, 2023, 2024): the year a row belongs to,
     * under a name other than "year". Prices and weights in that range skip numbers.
     */
    private static boolean yearsInARow(JsonNode c, String type, long rows) {
        return c.path("min").asLong(-1) >= 1000 && c.path("max").asLong(-1) <= 2999 && everyNumberOften(c, type, rows);
    }

    /** Whole numbers with every number from the first to the last used, each on many rows (five or more on average). */
    private static boolean everyNumberOften(JsonNode c, String type, long rows) {
        long lo = c.path("min").asLong(-1);
        long distinct = c.path("distinctCount").asLong();
        return integer(type) && c.path("max").asLong(-1) - lo + 1 == distinct && rows >= 5 * distinct;
    }

    private static boolean integer(String type) {
        return type.matches("U?(TINY|SMALL|BIG|HUGE)?INT.*|INTEGER");
    }

    static ColumnRole of(JsonNode c, List<String> words, String type) {
        String semantic = c.path("semanticType").asText();
        boolean integer = integer(type);
        if ("datetime".equals(semantic)) {
            return ColumnRole.TIME;
        }
        // "Season": 2023, 2024, 2025 is the year a row belongs to, as sports and gardens count them
        if ((integer || yearsAsText(c, type)) && words.stream().anyMatch(w -> w.matches("year|yr|season"))
                && c.path("min").asInt() >= 1000 && c.path("max").asInt() <= 2999) {
            return ColumnRole.YEAR;
        }
        if (integer && words.stream().anyMatch(CODE_WORDS::contains) && !"boolean".equals(semantic)) {
            // "Agency code", "Source Category Code": labels written as numbers, grouped and named, never summed
            return c.path("distinctCount").asLong() <= CODE_CATEGORIES ? ColumnRole.CATEGORY : ColumnRole.IDENTIFIER;
        }
        // "Receipt #", "Invoice No", "Order Number": a number that names a thing, last in the name
        boolean numbered = words.size() > 1 && NUMBERED.contains(words.get(words.size() - 1));
        // "ID Shown?", "idVerified" of Y, no and TRUE: a yes/no about the key, not the key
        boolean asked = c.path("name").asText().strip().endsWith("?")
                || "category".equals(semantic) && (yesOrNo(c) || TextFlag.in(c, type));
        if ((numbered || words.stream().anyMatch(KEY_WORDS::contains)) && (integer || type.matches("VARCHAR|TEXT"))
                && !"boolean".equals(semantic) && !asked) {
            return ColumnRole.IDENTIFIER; // order_id, customerId, zip code: counted, never summed or averaged
        }
        return switch (semantic) {
            case "boolean" -> ColumnRole.FLAG;
            case "identifier" -> integer ? ColumnRole.IDENTIFIER : ColumnRole.NAME;
            case "category" -> yesOrNo(c) ? ColumnRole.FLAG : ColumnRole.CATEGORY;
            case "numeric" -> measureRole(c, words, integer);
            default -> type.matches("VARCHAR|TEXT") && c.path("distinctCount").asLong() > 0 ? nameOrText(c) : ColumnRole.TEXT;
        };
    }

    /** Years kept as text ("1565" in JSON): read as numbers through {@link DataColumn#sql()}. */
    private static boolean yearsAsText(JsonNode c, String type) {
        List<String> seen = new ArrayList<>(List.of(c.path("min").asText(), c.path("max").asText()));
        c.path("sampleValues").forEach(v -> seen.add(v.asText()));
        return type.matches("VARCHAR|TEXT") && seen.stream().allMatch(v -> v.strip().matches("\\d{4}"));
    }

    private static ColumnRole measureRole(JsonNode c, List<String> words, boolean integer) {
        if (integer && words.size() == 1 && words.get(0).matches("1\\d{3}|2\\d{3}")) {
            return ColumnRole.MEASURE; // a column for each year ("2015": dollars of that year, refunds negative)
        }
        if (words.stream().anyMatch(LEVEL_WORDS::contains) && words.stream().noneMatch(w -> "total".equals(w)
                || "count".equals(w) || "sum".equals(w) || GOODS.contains(w))) {
            return ColumnRole.LEVEL;
        }
        if (words.stream().anyMatch(ADDITIVE_WORDS::contains) || timeSpent(words) || amountDone(words)) {
            return ColumnRole.MEASURE;
        }
        boolean negative = c.path("min").isNumber() && c.path("min").asDouble() < 0;
        long distinct = c.path("distinctCount").asLong();
        // a count of things some other thing has, named in the plural after it ("salon_tables": 3 to 6 tables a
        // salon) is no code, whatever its few values; a lone "bedrooms" or "renewals" stays a handful of groups
        boolean things = words.size() >= 2 && DataColumn.pluralHead(words);
        // a handful of integer codes (1 = male, 2 = female), numbered from 0 or 1; a few round quantities (a reorder
        // point of 10, 25 or 100 units) stay numbers
        // a capacity of 1 to 4 is how much a thing holds, never a code
        boolean capacity = words.stream().anyMatch(w -> w.matches("capacity|capacities"));
        if (integer && distinct > 0 && distinct <= CODES && c.path("topValues").size() >= distinct
                && c.path("max").asLong() <= 2L * distinct && !things && !capacity) {
            return ColumnRole.CATEGORY;
        }
        return integer && !negative ? ColumnRole.MEASURE : ColumnRole.LEVEL;
    }

    /** Units of time in a column's name. */
    private static final Set<String> TIME_UNITS = Set.of("hours", "hrs", "hr", "h", "minutes", "mins", "min", "days",
            "seconds", "secs", "sec");
    /** Words of how long one thing lasted or took, a level of each row ("wait_min", "lead_time_days"), not time spent. */
    private static final Set<String> HOW_LONG = Set.of("time", "duration", "length", "delay", "wait", "lead", "response",
            "latency", "turnaround", "pace", "lag", "age", "tenure", "offset", "ttl");

    /**
     * "downtime_hours", "overtime_hrs", "hours_worked": time spent, in one unit of time and nothing else (not a pace
     * per km), which adds up across rows like any amount.
     */
    private static boolean timeSpent(List<String> words) {
        return words.stream().filter(TIME_UNITS::contains).count() == 1 && words.stream().noneMatch(HOW_LONG::contains)
                && words.stream().noneMatch(w -> w.matches("km|mi|miles|m|kg|lb|lbs|g|kwh|mwh|per|l|litres|liters|unit"));
    }

    /**
     * A unit of what is moved or used, with the verb that did it ("km_driven", "water_used_l", "kwh_consumed"): what
     * each row did, which adds up, unlike a unit of a thing's size ("engine_l").
     */
    private static boolean amountDone(List<String> words) {
        return words.stream().anyMatch(w -> w.matches("km|kms|mi|miles|l|litres|liters|gallons|gal|kg|lbs?|tonnes"))
                && words.stream().anyMatch(w -> w.matches("\\p{L}{2,}ed|driven|ridden|flown|run|done|grown|thrown"));
    }

    /** Units of weight and volume, said of what is taken or used. */
    private static final java.util.regex.Pattern GOODS_UNITS =
            java.util.regex.Pattern.compile("kg|kgs|g|grams|lbs?|tonnes|tons|l|litres|liters|ml|gallons|gal");

    /**
     * A weight or volume of a food or substance ("honeyKg", "milk_litres", "fuel_l"), unlike a property's
     * ("body_mass_g", "weight_kg", "engine_l"): an amount taken or used on each row, which adds up.
     */
    static boolean amountOfGoods(List<String> words, java.util.function.Predicate<String> substance) {
        return words.stream().anyMatch(w -> GOODS_UNITS.matcher(w).matches())
                && words.stream().filter(w -> w.length() >= 3).anyMatch(substance)
                && words.stream().noneMatch(w -> LEVEL_WORDS.contains(w));
    }

    /** Two values that say yes and no ("yes"/"no", "Y"/"N", "true"/"false"): a flag. */
    private static boolean yesOrNo(JsonNode c) {
        if (c.path("distinctCount").asLong() != 2 || c.path("topValues").size() != 2) {
            return false;
        }
        int yes = 0;
        int no = 0;
        for (JsonNode v : c.path("topValues")) {
            String value = v.path("value").asText().strip();
            yes += DataColumn.YES.matcher(value).matches() ? 1 : 0;
            no += DataColumn.NO.matcher(value).matches() ? 1 : 0;
        }
        return yes == 1 && no == 1;
    }

    /** Text with many distinct values: names when most rows differ, else free text. */
    private static ColumnRole nameOrText(JsonNode c) {
        long distinct = c.path("distinctCount").asLong();
        long nonNull = Math.max(1, distinct + c.path("nullCount").asLong());
        return distinct > 0 && c.path("topValues").size() > 0 || distinct * 2 >= nonNull ? ColumnRole.NAME : ColumnRole.TEXT;
    }
}
