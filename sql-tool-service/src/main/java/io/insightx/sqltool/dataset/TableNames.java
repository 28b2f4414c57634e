package io.insightx.sqltool.dataset;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Derives readable SQL identifiers from dataset names: {@code "Seattle Weather.csv"} → {@code seattle_weather}. */
public final class TableNames {

    private static final int MAX_LENGTH = 48;

    private TableNames() {
    }

    /** A lower-case identifier that needs no quoting, avoiding {@code reserved} words and the names in {@code taken}. */
    public static String derive(String name, Set<String> reserved, Set<String> taken) {
        String base = base(name);
        if (reserved.contains(base)) {
            base = base + "_data";
        }
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    static String base(String name) {
        String stem = name == null ? "" : name.strip().replaceFirst("(?i)\\.(csv|tsv|txt|parquet|json|ndjson|jsonl)$", "");
        String ascii = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String snake = ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (snake.length() > MAX_LENGTH) {
            snake = snake.substring(0, MAX_LENGTH).replaceAll("_+$", "");
        }
        if (snake.isEmpty()) {
            return "dataset";
        }
        return Character.isDigit(snake.charAt(0)) ? "t_" + snake : snake;
    }
}
