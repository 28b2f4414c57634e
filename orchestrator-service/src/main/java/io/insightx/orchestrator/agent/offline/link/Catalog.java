package io.insightx.orchestrator.agent.offline.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.persistence.DatasetRecord;

/**
 * One dataset as the analyst sees it: its table, its columns with their roles, its time column and time range, and
 * what one row is (the entity, from the dataset's name: "airports" → airport; {@code singular} is its last word's
 * singular as WordNet reads it: "movies" → movie, not "movy"). {@code source} is the SQL of a derived table standing
 * for several datasets (a join, see {@link KeyJoin}), or null for one stored table.
 */
public record Catalog(String table, String toolId, String displayName, long rows, List<DataColumn> columns,
        List<String> entityWords, String singular, String source) {

    /**
     * Rows that sum up others: "World", "Total", "All", "All countries", "All age groups"; never a name that starts so
     * ("All the King's Men", "All About Eve"), which goes on with a word of grammar or with more words.
     */
    private static final Pattern TOTALS = Pattern.compile("(?i)(world|total|totals|grand total|all|overall|sum"
            + "|all (?!(the|a|an|or|and|about|of|in|that|for|my|your|i|we|you|is|at|on|over|through)\\b)"
            + "[\\p{L}&'-]+( [\\p{L}&'-]+)?)");

    /**
     * The column's value in each of the profile's sample rows, blanks kept, as {@link #ROW_SAMPLES}: its own samples
     * are its distinct values, which pair with no other column's row by row.
     */
    private static void rowSamples(JsonNode column, JsonNode sampleRows) {
        if (column instanceof com.fasterxml.jackson.databind.node.ObjectNode o && sampleRows.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode values = o.putArray(ROW_SAMPLES);
            sampleRows.forEach(row -> values.add(row.path(column.path("name").asText())));
        }
    }

    /** The field of a column's profile that holds its values in the sample rows, in their order. */
    public static final String ROW_SAMPLES = "rowSamples";

    public static Catalog of(DatasetRecord dataset, ObjectMapper json, Tokenizer words) {
        JsonNode dna;
        try {
            dna = json.readTree(dataset.dna());
        } catch (Exception e) {
            dna = json.createObjectNode();
        }
        List<DataColumn> columns = new ArrayList<>();
        for (JsonNode c : dna.path("columns")) {
            String name = c.path("name").asText();
            String type = c.path("type").asText().toUpperCase(Locale.ROOT);
            rowSamples(c, dna.path("sampleRows"));
            List<String> nameWords = words.nameWords(name);
            java.util.regex.Matcher unit = Pattern.compile("\\(([^)]*)\\)").matcher(name);
            List<String> values = new ArrayList<>();
            c.path("topValues").forEach(v -> values.add(v.path("value").asText()));
            String textDate = type.startsWith("VARCHAR") ? TextDates.format(c) : null;
            ColumnRole role = textDate != null ? ColumnRole.TIME : Roles.of(c, nameWords, type, dataset.rowCount());
            if (role == ColumnRole.LEVEL && Roles.amountOfGoods(nameWords, words::substance)) {
                role = ColumnRole.MEASURE; // "honeyKg", "milk_litres": a weight of a substance taken, which adds up
            }
            if (role == ColumnRole.YEAR && type.startsWith("VARCHAR")) {
                values.clear(); // years kept as text: a time, never a value named in words
            }
            if (role == ColumnRole.CATEGORY && TextFlag.in(c, type)) {
                columns.add(TextFlag.of(c, name, nameWords));
                continue;
            }
            Optional<DataColumn> amount = textDate == null ? TextAmounts.of(name, c, nameWords) : Optional.empty();
            if (amount.isPresent()) {
                columns.add(amount.get());
                continue;
            }
            boolean legend = !Codebook.of(name).isEmpty();
            columns.add(new DataColumn(name, type, role, nameWords,
                    unit.find() && !legend ? unit.group(1).strip().toLowerCase(Locale.ROOT) : null, textDate != null ? List.of()
                    : values, values.isEmpty() && role == ColumnRole.IDENTIFIER ? totalsAtEdges(c) : totals(values), c,
                    textDate));
        }
        String base = dataset.name() == null || dataset.name().isBlank() ? dataset.tableName() : dataset.name();
        List<String> entity = words.nameWords(base.replaceAll("\\.[A-Za-z0-9]+$", "").replace('-', ' '));
        return new Catalog(dataset.tableName(), dataset.toolId(), base, dataset.rowCount(), ClockDurations.read(columns), entity,
                singular(entity, words), null);
    }

    static Set<String> totals(List<String> values) {
        Set<String> totals = new LinkedHashSet<>();
        values.stream().filter(v -> TOTALS.matcher(v.strip()).matches()).forEach(totals::add);
        return totals;
    }

    /**
     * The totals row of a key column, whose values the profile does not list: an export's last line that says "TOTAL"
     * where every other line has its batch number sorts first or last, so it is the column's least or greatest value.
     */
    private static Set<String> totalsAtEdges(JsonNode c) {
        if (!c.path("type").asText().toUpperCase(Locale.ROOT).startsWith("VARCHAR")) {
            return Set.of();
        }
        return totals(List.of(c.path("min").asText(), c.path("max").asText()));
    }

    /** What a statement reads FROM: the quoted table, or the derived table of a join. */
    public String sqlTable() {
        return source == null ? Identifiers.quoted(table) : source;
    }

    /** Whether this catalog stands for several datasets joined. */
    public boolean joined() {
        return source != null;
    }

    /**
     * The data's time: the rows' own date when a date is named after what a row is ("reservation_date" of
     * restaurant_reservations.csv, not the booked_at before it), else the first date, else the first year.
     */
    public Optional<DataColumn> time() {
        String row = entity(false);
        return columns.stream().filter(c -> c.role() == ColumnRole.TIME && c.words().size() == 2
                        && c.words().get(0).equals(row) && c.words().get(1).matches("date|day|time"))
                .findFirst()
                .or(this::startAfterBooking)
                .or(this::yearBeforeAnotherThingsDate)
                .or(() -> columns.stream().filter(c -> c.role() == ColumnRole.TIME).findFirst())
                .or(() -> columns.stream().filter(c -> c.role() == ColumnRole.YEAR).findFirst());
    }

    /** The rows' year ("Season") where their first date is another thing's ("member_joined"). */
    private Optional<DataColumn> yearBeforeAnotherThingsDate() {
        Optional<DataColumn> date = columns.stream().filter(c -> c.role() == ColumnRole.TIME).findFirst();
        return date.isPresent() && ofAnotherThing(date.get())
                ? columns.stream().filter(c -> c.role() == ColumnRole.YEAR).findFirst() : Optional.empty();
    }

    /**
     * A date of another thing the rows name by its key ("member_joined" beside member_id in rentals): when the member
     * joined, not when the rental was.
     */
    private boolean ofAnotherThing(DataColumn date) {
        String owner = date.words().get(0);
        return date.words().size() >= 2 && !owner.equals(entity(false)) && columns.stream()
                .anyMatch(c -> c.role() == ColumnRole.IDENTIFIER && c != date && c.words().get(0).equals(owner)
                        && c.words().get(c.words().size() - 1).equals("id"));
    }

    /** Words of the moment a row was asked for, before what it asked for began. */
    private static final Set<String> BOOKED = Set.of("booked", "created", "requested", "reserved", "submitted",
            "placed", "made", "registered", "filed", "lodged");
    /** Words of the moment what a row stands for began. */
    private static final Set<String> BEGAN = Set.of("start", "starts", "started", "begin", "begins", "began");

    /**
     * "booked_at", then "start" and "end": a booking happens when it starts, not when it was made, so the first date
     * that says a start, after a first date that says a booking.
     */
    private Optional<DataColumn> startAfterBooking() {
        List<DataColumn> dates = columns.stream().filter(c -> c.role() == ColumnRole.TIME).toList();
        if (dates.isEmpty() || dates.get(0).words().stream().noneMatch(BOOKED::contains)) {
            return Optional.empty();
        }
        return dates.stream().filter(c -> c.words().stream().anyMatch(BEGAN::contains)).findFirst();
    }

    /** The two sides of each row, when the columns come in pairs (home_team, away_team, home_score, away_score). */
    public Optional<Sides> sides() {
        return Sides.of(columns);
    }

    /** The column of that name, if the catalog holds one (a key named by a column's profile, say). */
    public Optional<DataColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The columns flattened from a nested object of that name: "spot_lengthSec", "spot_rateCard" of "spot". */
    public List<DataColumn> objectFields(String object) {
        String prefix = object.toLowerCase(Locale.ROOT) + "_";
        return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
    }

    public List<DataColumn> with(ColumnRole... roles) {
        Set<ColumnRole> wanted = Set.of(roles);
        return columns.stream().filter(c -> wanted.contains(c.role())).toList();
    }

    /** The first and last dates of the time column, or null. */
    public LocalDate timeEdge(boolean last) {
        return time().map(c -> edge(c, last)).orElse(null);
    }

    /** The first or last date of a date or year column, from its profile, or null. */
    public static LocalDate edge(DataColumn c, boolean last) {
        JsonNode v = c.dna().path(last ? "max" : "min");
        if (c.role() == ColumnRole.YEAR) {
            return v.isNumber() || v.asText().strip().matches("\\d{4}") ? LocalDate.of(v.asInt(), 1, 1) : null;
        }
        String s = v.asText("");
        return s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(s.substring(0, 10)) : null;
    }

    public Catalog withColumns(List<DataColumn> replaced) {
        return new Catalog(table, toolId, displayName, rows, replaced, entityWords, singular, source);
    }

    /**
     * The column naming the thing the dataset is named after, when each of them has several rows over time (a stock's
     * monthly prices: {@code symbol} in "stocks"): the one name or key column, else the one text category of more
     * than two values, when the name is a plural noun (not "population" or "weather"). "Which stock"
     * and "per stock" group by it. Empty when rows are the things themselves (penguins) or the choice is not clear.
     */
    public Optional<DataColumn> entityColumn() {
        if (time().isEmpty()) {
            return Optional.empty();
        }
        List<DataColumn> names = with(ColumnRole.NAME, ColumnRole.IDENTIFIER).stream()
                .filter(this::repeatsMostly).toList();
        List<DataColumn> candidates = names.isEmpty() ? with(ColumnRole.CATEGORY).stream()
                .filter(c -> c.distinct() > 2 && c.type().startsWith("VARCHAR")).toList() : names;
        long times = time().get().distinct();
        // a series per thing: about one row per thing and time point (5 stocks × 123 months ≈ 560 rows), unlike
        // cars of 3 origins over 12 years (406 rows, many per origin and year); nor events each at its own moment
        // (card payments: as many timestamps as rows), which no time point gathers
        List<DataColumn> panels = candidates.stream().filter(c -> times > 0 && times * 2 <= rows
                && rows <= 1.2 * c.distinct() * times).toList();
        return countable() && panels.size() == 1 ? Optional.of(panels.get(0)) : Optional.empty();
    }

    /** Words of a key's name that say it is a key, and of a name's that say it is a name. */
    private static final Set<String> KEY_WORDS = Set.of("id", "code", "no", "number", "num", "key", "ref");
    private static final Set<String> NAME_WORDS = Set.of("name", "title", "full");

    /**
     * The column of names of the things a key stands for: Vendor Name of vendor_id, customer_name of
     * customer_customer_id, Member of Member ID. An answer grouped by the key names each one too ("V038", Wild
     * Dumplings). Empty when no one text column's other words are the key's.
     */
    public Optional<DataColumn> nameOf(DataColumn key) {
        if (key.role() != ColumnRole.IDENTIFIER) {
            return Optional.empty();
        }
        Set<String> thing = new HashSet<>(key.words());
        if (!thing.removeAll(KEY_WORDS) || thing.isEmpty()) {
            return Optional.empty();
        }
        List<DataColumn> names = with(ColumnRole.NAME, ColumnRole.CATEGORY).stream()
                .filter(c -> c.type().startsWith("VARCHAR") && c.formula() == null).filter(c -> {
                    Set<String> named = new HashSet<>(c.words());
                    named.removeAll(NAME_WORDS);
                    return named.equals(thing);
                }).toList();
        if (names.isEmpty() && thing.size() == 2 && key.words().size() == 3) {
            // "advertiser.accountNo" beside "advertiser.name": the thing's number of a kind (its account's), its name
            String owner = key.words().get(0);
            names = with(ColumnRole.NAME, ColumnRole.CATEGORY).stream()
                    .filter(c -> c.type().startsWith("VARCHAR") && c.formula() == null
                            && c.words().equals(List.of(owner, "name")))
                    .toList();
        }
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    /**
     * The key of the things a column names ({@link #nameOf}'s other way): walker_id of walker_name. The key tells one
     * thing from another where its name is written several ways ("Bob Kowalski", "Robert Kowalski") or shared.
     */
    public Optional<DataColumn> keyOf(DataColumn name) {
        List<DataColumn> keys = with(ColumnRole.IDENTIFIER).stream()
                .filter(k -> nameOf(k).filter(name::equals).isPresent()).toList();
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    /** Whether some of a column's values come back on several rows (an order's lines): fewer things than rows. */
    public boolean repeats(DataColumn c) {
        return c.distinct() > 0 && c.distinct() < rows;
    }

    /**
     * Whether a column's values repeat as a key the rows follow does (a patient's visits), one row in ten or more
     * holding a value seen before; not a near-unique id with a few duplicates.
     */
    public boolean repeatsClearly(DataColumn c) {
        return c.distinct() > 0 && c.distinct() < 0.9 * rows;
    }

    /** Whether a column's values come back on two rows each or more on average (a show's episodes). */
    public boolean repeatsMostly(DataColumn c) {
        return c.distinct() > 1 && c.distinct() * 2 <= rows;
    }

    /**
     * The noun of the one key that differs on every row ("trip" of trip_id in rides.csv, "fill" of Fill ID): each row
     * is one of those, whatever the file is called. Empty when no key, or more than one, says so.
     */
    public Optional<String> rowKeyNoun() {
        List<String> nouns = with(ColumnRole.IDENTIFIER).stream()
                .filter(c -> c.distinct() >= rows && rows > 1 && c.words().size() == 2
                        && Set.of("id", "key", "no", "number", "num", "ref").contains(c.words().get(1))
                        && c.words().get(0).matches("[a-z]{3,}"))
                .map(c -> c.words().get(0)).distinct().toList();
        return nouns.size() == 1 ? Optional.of(nouns.get(0)) : Optional.empty();
    }

    /** "pick" of picking_tasks: a word of the dataset's name before its last, as said or shortened. */
    public boolean namePart(String word) {
        return word.length() >= 3 && entityWords.subList(0, Math.max(0, entityWords.size() - 1)).stream()
                .anyMatch(w -> w.equals(word) || w.startsWith(word) && w.length() - word.length() <= 3);
    }

    /**
     * Whether a word of the dataset's name stands for what each row is of, no thing a column names by itself: "licence"
     * of fishing_licence_sales beside licence_type, never "bus" of bus_depot_trips beside bus_id, nor "species" beside
     * a species column.
     */
    public boolean eachRowOf(String word) {
        boolean things = columns.stream().anyMatch(c -> !c.words().isEmpty()
                && (c.words().get(c.words().size() - 1).equals(word) || c.words().get(0).equals(word)
                        && (c.role() != ColumnRole.CATEGORY || NAMING.contains(c.words().get(c.words().size() - 1)))));
        return entityWords.contains(word) && !things && !namesRows(word);
    }

    /** Last words of a column that names things: "City Name", "licence_no". */
    private static final Set<String> NAMING = Set.of("name", "names", "id", "code", "number", "no", "ref");

    /** Whether a (lower-case) word is the dataset's noun for one of its rows: "stock" or "stocks" in stocks.csv. */
    public boolean namesRows(String word) {
        String singular = entity(false);
        return countable() && !"row".equals(singular) && (word.equals(singular) || word.equals(entity(true))
                || byInitials(word));
    }

    /**
     * Whether a word shortens the rows' noun: its initials ("PRs" of pull requests), or the noun cut to some of its
     * letters, in order, plural ("appts" of appointments).
     */
    public boolean shortens(String word) {
        return countable() && (byInitials(word) || shortened(word, entity(false)));
    }

    private static boolean shortened(String word, String singular) {
        String cut = word.endsWith("s") ? word.substring(0, word.length() - 1) : "";
        if (cut.length() < 3 || cut.length() >= singular.length() - 2 || !singular.startsWith(cut.substring(0, 2))) {
            return false;
        }
        int at = 0;
        for (char ch : cut.toCharArray()) {
            at = singular.indexOf(ch, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /** "pr" or "prs" of pull_requests: the initials of a name of several words, said for its rows. */
    private boolean byInitials(String word) {
        if (entityWords.size() < 2 || entityWords.stream().anyMatch(w -> !w.matches("[a-z]{2,}"))) {
            return false;
        }
        String initials = String.join("", entityWords.stream().map(w -> w.substring(0, 1)).toList());
        return (word.equals(initials) || word.equals(initials + "s")) && !codePrefix(word);
    }

    /** "wt" of the values WT-01 … WT-15: the letters the data's codes start with ("wt-07" names one of them). */
    private boolean codePrefix(String word) {
        Pattern code = Pattern.compile("(?i)" + Pattern.quote(word) + "[-_ ]?\\d+");
        return columns.stream().anyMatch(c -> c.role().labels() && c.values().stream().anyMatch(v -> code.matcher(v.strip()).matches()));
    }

    /**
     * The events a row records, named by its date ("death_date" → death, "Order Date" → order): a row of la-riots.csv
     * is a death, so "deaths by race" counts rows, even where a column also holds the value "Death"; so is the moment
     * it came ("CallReceived" → call: each row is a call).
     */
    public List<String> eventNouns() {
        return columns.stream().filter(c -> c.role() == ColumnRole.TIME && c.words().size() == 2
                && c.words().get(1).matches("date|day|received") && c.words().get(0).matches("[a-z]{3,}"))
                .map(c -> c.words().get(0)).toList();
    }

    /** Whether a word, or one of its lemmas, is a word of a column's name or one of the known values. */
    public boolean holds(Token word) {
        return holds(word.lower()) || word.lemmas().stream().anyMatch(this::holds);
    }

    /** Whether a word is a word of a column's name or one of the column's known values (any case). */
    public boolean holds(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return columns.stream().anyMatch(c -> c.words().contains(lower) || c.values().stream().anyMatch(v -> v.equalsIgnoreCase(word)));
    }

    /** Whether the dataset is named after things one can count, a plural ("stocks"), not a mass ("electricity"). */
    private boolean countable() {
        return !entityWords.isEmpty() && entityWords.get(entityWords.size() - 1).matches("[a-z]{3,}s");
    }

    /** How one row is called, singular or plural ("airport", "airports"); "row" when the name says nothing. */
    public String entity(boolean plural) {
        String last = entityWords.isEmpty() ? "row" : entityWords.get(entityWords.size() - 1);
        if (!last.matches("[a-z]{3,}")) {
            return plural ? "rows" : "row";
        }
        if (plural) {
            return last.endsWith("s") ? last : singular.endsWith("y") && !singular.matches(".*[aeiou]y")
                    ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
        }
        return singular;
    }

    /** The singular of the name's last word: a shorter base form WordNet gives ("movies" → movie), else by rule. */
    static String singular(List<String> entityWords, Tokenizer words) {
        String last = entityWords.isEmpty() ? "row" : entityWords.get(entityWords.size() - 1);
        String byRule = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
                : last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
        List<Token> tokens = words.tokens(last);
        return tokens.size() != 1 ? byRule : tokens.get(0).lemmas().stream()
                .filter(l -> l.length() < last.length() && last.startsWith(l.substring(0, Math.max(1, l.length() - 1))))
                .min(Comparator.comparingInt(l -> last.length() - l.length()))
                .orElse(byRule);
    }
}
