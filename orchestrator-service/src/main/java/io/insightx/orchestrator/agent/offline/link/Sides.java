package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The two sides of each row, when the columns come in pairs that differ by one word: home_team, away_team,
 * home_score, away_score (sides "home" and "away"). Found from the names alone, with at least one pair of labels
 * (who played on each side) and one pair of numbers (what each side made), so a match, a trade or a game of two
 * players reads as such whatever its words.
 */
public record Sides(String first, String second, Pair labels, List<Pair> amounts) {

    /** The column of each side that holds the same thing; {@code stem} is their common words ("score"). */
    public record Pair(DataColumn first, DataColumn second, List<String> stem) {

        public DataColumn of(boolean firstSide) {
            return firstSide ? first : second;
        }

        public boolean has(DataColumn c) {
            return first.equals(c) || second.equals(c);
        }
    }

    public static Optional<Sides> of(List<DataColumn> columns) {
        Map<List<String>, List<Pair>> bySides = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                DataColumn a = columns.get(i);
                DataColumn b = columns.get(j);
                List<String> x = a.words();
                List<String> y = b.words();
                if (x.size() < 2 || x.size() != y.size() || a.role().numeric() != b.role().numeric()
                        || a.formula() != null || b.formula() != null) {
                    continue;
                }
                for (int end : new int[] {0, x.size() - 1}) { // home_score, score_home
                    List<String> stem = new ArrayList<>(x);
                    stem.remove(end);
                    List<String> other = new ArrayList<>(y);
                    other.remove(end);
                    if (stem.equals(other) && !x.get(end).equals(y.get(end))) {
                        bySides.computeIfAbsent(List.of(x.get(end), y.get(end)), k -> new ArrayList<>())
                                .add(new Pair(a, b, List.copyOf(stem)));
                    }
                }
            }
        }
        for (Map.Entry<List<String>, List<Pair>> e : bySides.entrySet()) {
            Optional<Pair> labels = e.getValue().stream().filter(p -> p.first().role().labels()).findFirst();
            List<Pair> amounts = e.getValue().stream().filter(p -> p.first().role().numeric() && !p.first().role().time())
                    .toList();
            if (labels.isPresent() && !amounts.isEmpty()) {
                return Optional.of(new Sides(e.getKey().get(0), e.getKey().get(1), labels.get(), amounts));
            }
        }
        return Optional.empty();
    }

    /** The side a word names: true for the first ("home"), false for the second ("away"), empty for neither. */
    public Optional<Boolean> side(String word) {
        return word.equals(first) ? Optional.of(true) : word.equals(second) ? Optional.of(false) : Optional.empty();
    }

    /** The pair of amounts whose stem ends with the word ("score" of home_score, away_score), if one. */
    public Optional<Pair> amount(Set<String> lemmas) {
        return amounts.stream().filter(p -> lemmas.contains(p.stem().get(p.stem().size() - 1))).findFirst();
    }

    /** Both sides' amounts of one row added up: the goals of a match, named as the question names them. */
    public static DataColumn both(Pair p, String said) {
        String formula = p.first().sql() + " + " + p.second().sql();
        return new DataColumn(said, "DOUBLE", ColumnRole.MEASURE, List.of(said), p.first().unit(), List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "numeric"), null, formula);
    }
}
