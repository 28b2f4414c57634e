package io.insightx.orchestrator.agent.offline.link;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * One column as the analyst understands it: its name and the words of that name (units in parentheses apart), its
 * role, the values it is known to hold (the DNA's top values, or all of them when looked up) and its profile.
 * {@code formula} is the SQL of a measure the data implies but does not hold (units × unit price), null for a stored
 * column; {@code quotient} says when that measure is one total over another, null otherwise.
 */
public record DataColumn(String name, String type, ColumnRole role, List<String> words, String unit,
        List<String> values, Set<String> totals, JsonNode dna, String textDateFormat, String formula, Quotient quotient) {

    /** A column as the table holds it: no formula. */
    public DataColumn(String name, String type, ColumnRole role, List<String> words, String unit, List<String> values,
            Set<String> totals, JsonNode dna, String textDateFormat) {
        this(name, type, role, words, unit, values, totals, dna, textDateFormat, null, null);
    }

    /** A measure computed for each row by {@code formula}. */
    public DataColumn(String name, String type, ColumnRole role, List<String> words, String unit, List<String> values,
            Set<String> totals, JsonNode dna, String textDateFormat, String formula) {
        this(name, type, role, words, unit, values, totals, dna, textDateFormat, formula, null);
    }

    // compiled once: asked of each column many times for every question
    private static final java.util.regex.Pattern SPACES_OR_SLASHES = java.util.regex.Pattern.compile("[\\s/]+");
    private static final java.util.regex.Pattern OFF_THE_HOUR =
            java.util.regex.Pattern.compile("[T ]\\d{2}:(\\d[1-9]|[1-9]\\d|\\d{2}:(\\d[1-9]|[1-9]\\d))");
    private static final java.util.regex.Pattern INTEGER =
            java.util.regex.Pattern.compile("U?(TINY|SMALL|BIG|HUGE)?INT.*|INTEGER");

    /** The ways of writing yes, in lower case: matched by {@link #YES}, and by {@link TextFlag} in SQL. */
    static final List<String> YES_WORDS = List.of("yes", "y", "true", "t", "1");
    static final java.util.regex.Pattern YES = java.util.regex.Pattern.compile("(?i)" + String.join("|", YES_WORDS));
    static final java.util.regex.Pattern NO = java.util.regex.Pattern.compile("(?i)no|n|false|f|0");

    /** The key of the DNA that says which value a question reads the column's blanks as. */
    public static final String BLANK_AS = "blankAs";

    /** The value the question reads the column's blanks as ("blank = none"), or null. */
    public String blankAs() {
        return dna.hasNonNull(BLANK_AS) ? dna.path(BLANK_AS).asText() : null;
    }

    /** Whether the profile found the column blank on some rows. */
    public boolean hasBlanks() {
        return dna.path("nullCount").asLong() > 0;
    }

    /** The rows the profile found the column blank on. */
    public long blanks() {
        return dna.path("nullCount").asLong();
    }

    /** The rows a yes/no says yes on, each spelling counted ("Y", "TRUE", "yes"), as the profile counted its values. */
    public long yesRows() {
        return valueCounts().entrySet().stream().filter(v -> YES.matcher(v.getKey().strip()).matches())
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }

    /** The value of a flag that means yes ("yes", "Y", "true"), or null. */
    public String yes() {
        if (role != ColumnRole.FLAG) {
            return null;
        }
        if (type.equals("BOOLEAN")) {
            return "true";
        }
        return values.stream().filter(v -> YES.matcher(v.strip()).matches()).findFirst().orElse(null);
    }

    /**
     * Whether a name ends in a plural noun ("salon_tables", "seats"): a count of things. "status" and "bus" end in
     * "s" and are no plurals.
     */
    public static boolean pluralHead(List<String> words) {
        return !words.isEmpty() && words.get(words.size() - 1).matches("\\p{L}{2,}[^su]s");
    }

    /** The column in SQL: its quoted name, or, for dates and years written as text, the date or number DuckDB reads from it. */
    public String sql() {
        if (formula != null) {
            return "(" + formula + ")";
        }
        if (role == ColumnRole.YEAR && !numericType()) {
            return "TRY_CAST(" + Identifiers.quoted(name) + " AS INTEGER)";
        }
        if (textDateFormat == null) {
            return caseVariants() ? CaseVariants.sql(this) : Identifiers.quoted(name);
        }
        // text written to the minute keeps it ("2024-03-04T08:16:25"); a fixed hour of a zone ("T08:00:00.000Z")
        // is a day
        String read = TextDates.read(Identifiers.quoted(name), textDateFormat);
        return timeOfDay() && toTheMinute() ? read : "CAST(" + read + " AS DATE)";
    }

    /**
     * The columns whose every value has one value of this column (a site's capacity on each of its daily rows), as
     * sql-tool's look-up found them ({@link DistinctValues}); empty when none, or not looked up.
     */
    public List<String> constantPer() {
        List<String> keys = new java.util.ArrayList<>();
        dna.path("constantPer").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** Of {@link #constantPer()}, the keys whose rows are snapshots over time (a site's daily readings). */
    public List<String> snapshotsOf() {
        List<String> keys = new java.util.ArrayList<>();
        dna.path("snapshotsOf").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** Whether each row holds a list of values ("labels": ["bug", "docs"]): filtered on by what the list holds. */
    public boolean list() {
        return type.endsWith("[]");
    }

    /** Whether the column's values are one value written in several ways ("Web", "web"): see {@link CaseVariants}. */
    public boolean caseVariants() {
        return CaseVariants.in(this) || !ValueForms.of(this).isEmpty();
    }

    /**
     * Whether the column holds notes rather than labels: most of its known values are phrases of three words or more
     * ("customer not home on arrival", "paid exact change"): the first word of a note names no value the way "nuclear"
     * names "Nuclear Electric Power", and the "tech" of tech_notes names no technician.
     */
    public boolean notes() {
        long phrases = values.stream().filter(DataColumn::phrase).count();
        return !values.isEmpty() && phrases * 2 >= values.size();
    }

    /** Three words or more, written as a sentence is: never a title ("Night Shift Stories") or in capitals. */
    private static boolean phrase(String value) {
        String[] words = SPACES_OR_SLASHES.split(value.strip());
        boolean title = java.util.Arrays.stream(words).filter(w -> w.length() >= 4 && Character.isLetter(w.charAt(0)))
                .allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return words.length >= 3 && !title;
    }

    /** The name as words people use ("Beak Length (mm)" → "beak length", "temp_max" → "temp max"). */
    public String label() {
        return words.isEmpty() ? name : String.join(" ", words);
    }

    /**
     * The thing of a yes/no named "thing state" ("Load Sheeted?": load, of a state "sheeted"), or null: the state names
     * the yes/no, the thing alone names what each row is.
     */
    public String flagThing() {
        return role == ColumnRole.FLAG && words.size() == 2 && ColumnLinker.PAST.matcher(words.get(1)).matches()
                ? words.get(0) : null;
    }

    /** Whether the column holds a time on the clock and no day ("Start Time" 17:30): a slot, grouped as it is. */
    public boolean clock() {
        return type.equals("TIME");
    }

    /** Whether the column holds times of day: a timestamp, or text dates written with their hour. */
    public boolean timeOfDay() {
        return type.startsWith("TIMESTAMP") || textDateFormat != null && textDateFormat.contains("%H");
    }

    /** Whether the column's SQL holds the hour of each value: a timestamp, or text dates read to the minute. */
    public boolean clockTimes() {
        return type.startsWith("TIMESTAMP") || textDateFormat != null && timeOfDay() && toTheMinute();
    }

    /** Whether the DNA's values of text dates show minutes or seconds other than 0: a real time of day. */
    private boolean toTheMinute() {
        java.util.List<com.fasterxml.jackson.databind.JsonNode> seen = new java.util.ArrayList<>();
        dna.path("sampleValues").forEach(seen::add);
        seen.add(dna.path("min"));
        seen.add(dna.path("max"));
        return seen.stream().map(com.fasterxml.jackson.databind.JsonNode::asText)
                .anyMatch(v -> OFF_THE_HOUR.matcher(v).find());
    }

    public boolean integer() {
        return INTEGER.matcher(type).matches();
    }

    public boolean numericType() {
        return integer() || type.matches("DOUBLE|FLOAT|REAL|DECIMAL.*");
    }

    public long distinct() {
        return dna.path("distinctCount").asLong();
    }

    /** How many rows hold each of the column's most common values, as its profile counted them. */
    public java.util.Map<String, Long> valueCounts() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        dna.path("topValues").forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
        return counts;
    }

    public DataColumn withValues(List<String> all, Set<String> totalRows) {
        return new DataColumn(name, type, role, words, unit, all, totalRows, dna, textDateFormat, formula, quotient);
    }

    /** The same column with its profile's edges replaced (the first and last date of text dates). */
    public DataColumn withDna(JsonNode replaced) {
        return new DataColumn(name, type, role, words, unit, values, totals, replaced, textDateFormat, formula, quotient);
    }
}
