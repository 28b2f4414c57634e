package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "avg finish time in minutes", "median finishing time by age group" over chip_time: "time" said of how long
 * something took is the one column of a time taken whose name holds the word, told apart from others by the word
 * before it where there are several. A unit after "in" or in parentheses is then the answer's unit, not the column
 * it ends the name of ("wave_start_offset_min").
 */
final class DurationNoun {

    private static final Set<String> NOUNS = Set.of("time", "times", "duration", "durations");

    private DurationNoun() {
    }

    /** The columns of a time taken named with "time" or "duration". */
    private static List<DataColumn> timesTaken(Draft d) {
        return d.catalog.columns().stream().filter(c -> c.role().numeric() && "time".equals(Units.dimension(c))
                && c.words().stream().anyMatch(NOUNS::contains)).toList();
    }

    /**
     * Whether the mention is a unit of time said as the answer's ("in minutes", "(mins)") in a question that names a
     * time taken, by "time" or by its column: the unit is left for {@link UnitAsked}.
     */
    static boolean unitOfTimeTaken(Reading r, Draft d, ColumnMention m, List<ColumnMention> all) {
        if (m.tokens().size() != 1 || m.whole() || !unitAfterIn(r, m.first()) || timesTaken(d).isEmpty()) {
            return false;
        }
        // "avg chip time in min": the time is named by its own column already
        boolean named = all.stream().anyMatch(o -> o != m && timesTaken(d).contains(o.column()));
        return named || r.tokens.stream().anyMatch(t -> t.isAny(NOUNS) && r.free(t.index()));
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        List<DataColumn> taken = timesTaken(d);
        if (taken.isEmpty() || mentions.stream().anyMatch(m -> taken.contains(m.column()))) {
            return Optional.empty();
        }
        for (Token t : r.tokens) {
            int i = t.index();
            if (!t.isAny(NOUNS) || r.used(i) || mentions.stream().anyMatch(m -> m.tokens().contains(i))) {
                continue;
            }
            Token before = r.at(i - 1);
            boolean modifier = before != null && r.free(i - 1) && !before.isNumber() && !FunctionWords.is(before)
                    && before.lower().matches("\\p{L}{3,}") && mentions.stream().noneMatch(m -> m.tokens().contains(i - 1));
            List<DataColumn> named = modifier ? taken.stream().filter(c -> c.words().contains(before.lower())).toList() : List.of();
            // "listening time" is no track's duration: a word before "time" that names nothing of the data leaves it
            boolean foreign = modifier && named.isEmpty() && !ofTheData(d, before);
            DataColumn column = named.size() == 1 ? named.get(0) : taken.size() == 1 && !foreign ? taken.get(0) : null;
            if (column == null) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(List.of(i));
            if (modifier && !Vocabulary.AGGREGATES.containsKey(before.lower()) && !Planner.superlative(before)) {
                tokens.add(0, i - 1); // "finish time", "finishing time": the time of what it names
            }
            d.notes.add("Taking " + column.name() + " for '" + Planner.words(r, tokens) + "'.");
            return Optional.of(new ColumnMention(column, tokens, 1.0, true, List.of()));
        }
        return Optional.empty();
    }

    /**
     * Whether the word names something of the data: its rows ("marathon" of marathon_results) or the start of a word
     * of its values ("finishing" of the status "Finished").
     */
    private static boolean ofTheData(Draft d, Token word) {
        Set<String> stems = new java.util.HashSet<>(word.lemmas());
        stems.add(word.lower());
        return d.catalog.entityWords().stream().anyMatch(stems::contains) || d.catalog.columns().stream()
                .filter(c -> c.role().labels()).flatMap(c -> c.values().stream())
                .flatMap(v -> java.util.Arrays.stream(v.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")))
                .anyMatch(w -> stems.stream().anyMatch(s -> s.length() >= 4 && w.startsWith(s)));
    }

    /** "in minutes", "(minutes)", "in mins": a unit of time said as the answer's. */
    private static boolean unitAfterIn(Reading r, int i) {
        String unit = r.at(i).lower();
        String dimension = Units.dimensionOfUnit(unit) != null ? Units.dimensionOfUnit(unit)
                : Units.dimensionOfUnit(unit.replaceAll("s$", ""));
        return UnitAsked.afterIn(r, i) && "time".equals(dimension);
    }
}
