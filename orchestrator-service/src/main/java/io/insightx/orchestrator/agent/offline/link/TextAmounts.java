package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * Amounts an export wrote as text ("F&B Spend": "$41.20", "$ 41.20", "41.2", "1,204.50"): numbers to add up and
 * average like any other, read by stripping the currency sign, the spaces and the thousands separators. Only where
 * every value seen is such an amount and one at least carries a currency sign or decimals, so codes written with
 * digits ("02134") stay labels.
 */
final class TextAmounts {

    private static final Pattern AMOUNT = Pattern.compile("[-+]?\\s*[$€£]?\\s*[-+]?\\d{1,3}(,?\\d{3})*(\\.\\d+)?");
    private static final Pattern SIGN = Pattern.compile(".*([$€£]).*");
    /** Names of a figure that is a level rather than an amount that adds up: a price, a rate. */
    private static final Set<String> LEVELS = Set.of("price", "rate", "avg", "average", "mean", "per", "each");

    private TextAmounts() {
    }

    /** The column read as an amount, when a text column holds amounts. */
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
        boolean amounts = seen.size() >= 3 && seen.stream().allMatch(v -> AMOUNT.matcher(v).matches())
                && seen.stream().anyMatch(v -> SIGN.matcher(v).matches() || v.contains("."))
                && seen.stream().noneMatch(v -> v.matches("0\\d+"));
        if (!amounts) {
            return Optional.empty();
        }
        String unit = seen.stream().map(SIGN::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(1))
                .findFirst().orElse(null);
        ColumnRole role = words.stream().anyMatch(LEVELS::contains) ? ColumnRole.LEVEL : ColumnRole.MEASURE;
        String formula = "TRY_CAST(replace(regexp_replace(" + Identifiers.quoted(name) + ", '[$€£\\s]', '', 'g'), "
                + "',', '') AS DOUBLE)";
        return Optional.of(new DataColumn(name, "DOUBLE", role, words, unit, List.of(), Set.of(), c, null, formula));
    }
}
