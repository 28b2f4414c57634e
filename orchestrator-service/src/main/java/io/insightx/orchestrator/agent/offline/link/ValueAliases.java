package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The other names people use for a value the data holds in a standard code, or the codes for a value the data holds
 * by name: US states ("CA" ↔ California), countries (ISO 3166 alpha-2 and alpha-3 codes ↔ their English names,
 * from the JDK's own tables), sexes (ISO/IEC 5218: 1 = male, 2 = female, in a column named sex or gender), and signs
 * spelled out ("O-" ↔ "o neg").
 * A legend written in the column's name ({@link Codebook}) comes first.
 * These are standards, not a vocabulary of one dataset: any table that codes its places or sexes this way is read.
 */
public final class ValueAliases {

    private static final Map<String, String> US_STATES = Map.ofEntries(Map.entry("AL", "Alabama"),
            Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"), Map.entry("AR", "Arkansas"),
            Map.entry("CA", "California"), Map.entry("CO", "Colorado"), Map.entry("CT", "Connecticut"),
            Map.entry("DE", "Delaware"), Map.entry("DC", "District of Columbia"), Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"),
            Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
            Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"),
            Map.entry("MA", "Massachusetts"), Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"),
            Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"),
            Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"),
            Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"),
            Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"),
            Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"),
            Map.entry("PR", "Puerto Rico"), Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"),
            Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"),
            Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"), Map.entry("VA", "Virginia"),
            Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"), Map.entry("WI", "Wisconsin"),
            Map.entry("WY", "Wyoming"));
    /** Short names in daily use that the ISO tables do not give. */
    private static final Map<String, List<String>> COUNTRY_SHORT_NAMES = Map.of("US",
            List.of("USA", "US", "U.S.", "America", "United States of America"), "GB",
            List.of("UK", "Britain", "Great Britain", "England"), "KR", List.of("South Korea", "Korea"), "KP",
            List.of("North Korea"), "RU", List.of("Russia"), "CZ", List.of("Czech Republic"), "NL", List.of("Holland"));
    private static final List<String> MALE = List.of("male", "males", "man", "men", "mens", "boys", "boy");
    private static final List<String> FEMALE = List.of("female", "females", "woman", "women", "womens", "girls", "girl");
    private static final Set<String> SEX_COLUMN_WORDS = Set.of("sex", "gender");

    private static final Map<String, List<String>> STATES = new HashMap<>();
    private static final Map<String, List<String>> COUNTRIES = new HashMap<>();

    static {
        US_STATES.forEach((code, name) -> {
            link(STATES, code, name);
            link(STATES, name, code);
        });
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            List<String> forms = new ArrayList<>();
            forms.add(country.getDisplayCountry(Locale.ENGLISH));
            forms.addAll(COUNTRY_SHORT_NAMES.getOrDefault(alpha2, List.of()));
            forms.add(alpha2);
            forms.add(country.getISO3Country());
            for (String form : forms) {
                forms.stream().filter(other -> !other.equals(form)).forEach(other -> link(COUNTRIES, form, other));
            }
        }
    }

    private ValueAliases() {
    }

    /**
     * How the values of {@code column} may be named otherwise: by the standard its values follow (most of them US
     * states, or most of them countries: "CA" is California in one column and Canada in another), or none.
     */
    static Function<String, List<String>> of(DataColumn column) {
        Map<String, String> legend = Codebook.of(column.name());
        if (!legend.isEmpty()) {
            return v -> legend.containsKey(v.strip()) ? List.of(legend.get(v.strip())) : List.of();
        }
        if (column.words().stream().anyMatch(SEX_COLUMN_WORDS::contains)) {
            return ValueAliases::sex;
        }
        List<String> values = column.values();
        if (values.isEmpty()) {
            return v -> List.of();
        }
        if (share(values, STATES) >= 0.8) {
            return v -> STATES.getOrDefault(v.strip().toLowerCase(Locale.ROOT), List.of());
        }
        if (share(values, COUNTRIES) >= 0.5) {
            return v -> COUNTRIES.getOrDefault(v.strip().toLowerCase(Locale.ROOT), List.of());
        }
        if (values.stream().filter(v -> SIGNED.matcher(v).matches()).count() >= 0.8 * values.size()) {
            return ValueAliases::signSpelled;
        }
        return v -> List.of();
    }

    /** A value that ends in a sign: "O-", "AB+", "A+ ". */
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("\\s*(\\S+?)\\s*([+-])\\s*");

    /** "O-" said as "o neg" or "o negative", "AB+" as "ab pos" or "ab positive" (blood types, grades of a scale). */
    private static List<String> signSpelled(String value) {
        java.util.regex.Matcher m = SIGNED.matcher(value);
        if (!m.matches()) {
            return List.of();
        }
        String base = m.group(1).toLowerCase(Locale.ROOT);
        return m.group(2).equals("-") ? List.of(base + " neg", base + " negative")
                : List.of(base + " pos", base + " positive");
    }

    /** A column of sexes coded as numbers (ISO/IEC 5218: 1 = male, 2 = female), whose groups are named in words. */
    public static boolean codedSex(DataColumn column) {
        return column.numericType() && column.words().stream().anyMatch(SEX_COLUMN_WORDS::contains)
                && column.values().stream().allMatch(v -> v.strip().matches("[0129]"));
    }

    /** Whether an alias is a code, matched only when written in capitals ("OR" is Oregon, "or" is a word). */
    static boolean code(String alias) {
        return alias.length() <= 3 && alias.equals(alias.toUpperCase(Locale.ROOT)) && !alias.equals("USA")
                && !alias.equals("UK") && !alias.equals("US");
    }

    private static double share(List<String> values, Map<String, List<String>> known) {
        long hits = values.stream().filter(v -> known.containsKey(v.strip().toLowerCase(Locale.ROOT))).count();
        return (double) hits / values.size();
    }

    private static List<String> sex(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("1") || lower.equals("m") || MALE.contains(lower)) {
            return MALE;
        }
        if (lower.equals("2") || lower.equals("f") || FEMALE.contains(lower)) {
            return FEMALE;
        }
        return List.of();
    }

    private static void link(Map<String, List<String>> aliases, String from, String to) {
        List<String> list = aliases.computeIfAbsent(from.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (!list.contains(to)) {
            list.add(to);
        }
    }
}
