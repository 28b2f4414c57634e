package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * Amounts an export wrote as text ("F&B Spend": "$41.20", "$ 41.20", "41.2", "1,204.50", "41.20 USD", "EUR 41.20")
 * and percentages ("10%", "10 %"): numbers to add up and average like any other, read by keeping only the digits,
 * the point and the sign. Only where every value seen is such an amount and one at least carries a currency (a sign
 * or an ISO 4217 code) or decimals, so codes written with digits ("02134") stay labels.
 */
final class TextAmounts {

    /** Every ISO 4217 code Java knows ("USD", "EUR", "GBP"), for amounts written with the code instead of a sign. */
    private static final String CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).sorted().collect(java.util.stream.Collectors.joining("|"));
    /**
     * A code stands apart from its number ("EUR 26.25", "26.25 EUR"), never joined to it as a key's ("SHP-000123"); a
     * sign may carry its country's letters ("NZ$1,023.60", "US$5", "A$12").
     */
    private static final Pattern AMOUNT = Pattern.compile("(?:(?:" + CODES + ")\\s+)?[-+]?\\s*"
            + "(?:[A-Z]{1,2}(?=\\p{Sc}))?\\p{Sc}?\\s*[-+]?\\d{1,3}(,?\\d{3})*(\\.\\d+)?(?:\\s+(?:" + CODES + "))?");
    private static final Pattern SIGN = Pattern.compile(".*?(\\p{Sc}|\\b(?:" + CODES + ")\\b).*");
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?\\s*%");
    /** Names of a figure that is a level rather than an amount that adds up: a price, a rate. */
    private static final Set<String> LEVELS = Set.of("price", "rate", "avg", "average", "mean", "per", "each");

    private TextAmounts() {
    }

    /** The column read as an amount, when a text column holds amounts or percentages. */
    static Optional<DataColumn> of(String name, JsonNode c, List<String> words) {
        if (!c.path("type").asText().toUpperCase(java.util.Locale.ROOT).startsWith("VARCHAR")) {
            return Optional.empty();
        }
        List<String> seen = new ArrayList<>();
        c.path("sampleValues").forEach(v -> seen.add(v.asText().strip()));
        c.path("topValues").forEach(v -> seen.add(v.path("value").asText().strip()));
        seen.add(c.path("min").asText("").strip());
        seen.add(c.path("max").asText("").strip());
        seen.removeIf(String::isEmpty);
        String formula = "TRY_CAST(replace(regexp_replace(" + Identifiers.quoted(name) + ", '[^0-9.,+-]', '', 'g'), "
                + "',', '') AS DOUBLE)";
        if (seen.size() >= 3 && seen.stream().allMatch(v -> PERCENT.matcher(v).matches())) {
            // "10 %": a rate of each row, averaged rather than added up
            return Optional.of(new DataColumn(name, "DOUBLE", ColumnRole.LEVEL, words, "%", List.of(), Set.of(), c,
                    null, formula));
        }
        boolean amounts = seen.size() >= 3 && seen.stream().allMatch(v -> AMOUNT.matcher(v).matches())
                && seen.stream().anyMatch(v -> SIGN.matcher(v).matches() || v.contains("."))
                && seen.stream().noneMatch(v -> v.matches("0\\d+"));
        if (!amounts) {
            return Optional.empty();
        }
        // a sign ("€") before a code ("EUR"), where the export wrote both
        List<String> signs = seen.stream().map(SIGN::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).toList();
        String unit = signs.stream().filter(u -> u.length() == 1).findFirst()
                .orElse(signs.isEmpty() ? null : signs.get(0));
        ColumnRole role = words.stream().anyMatch(LEVELS::contains) ? ColumnRole.LEVEL : ColumnRole.MEASURE;
        return Optional.of(new DataColumn(name, "DOUBLE", role, words, unit, List.of(), Set.of(), c, null, formula));
    }
}
