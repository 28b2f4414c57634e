package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into a {@link Plan} by matching its words to the table's columns, values, aggregates,
 * groupings, filters, orderings, limits and time grains, the way search-driven analytics does. Pure: the same
 * question over the same profile always gives the same plan.
 */
final class QuestionParser {

    private static final Pattern EXPLAIN = Pattern.compile("\\b(what|which) (columns|fields|variables)\\b"
            + "|\\bwhat (does|is in|is) (this|the) (dataset|data|table|file)\\b|\\bdescribe (the|this) (dataset|data|table)\\b"
            + "|\\bmissing values?\\b|\\bnull(s| values)?\\b|\\bdata quality\\b|\\btell me about (the|this) (data|dataset)\\b"
            + "|\\boverview\\b|\\bwhat can i ask\\b|\\bcolumns are there\\b|\\bwhat.{0,20}contain\\b|\\bempty (cells|values)\\b");
    private static final Pattern CHART = Pattern.compile("\\b(chart|plot|graph|visuali[sz]e|draw|histogram|scatter)\\b");
    private static final Pattern NUMBER_FILTER = Pattern.compile("(above|over|more than|greater than|higher than|at least"
            + "|below|under|less than|lower than|at most|>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern TOP_N = Pattern.compile("\\b(top|bottom|first|last|highest|lowest|largest|smallest)\\s+(\\d{1,4})\\b");
    /** Superlatives that ask for the most of something: windiest, rainiest, hottest, longest ("earliest" is a date). */
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b((?!earliest\\b)\\w{3,}iest|hottest|warmest|wettest|longest|biggest)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("temperature", List.of("temp")), Map.entry("temperatures", List.of("temp")),
            Map.entry("hottest", List.of("temp")), Map.entry("warmest", List.of("temp")),
            Map.entry("coldest", List.of("temp")), Map.entry("hot", List.of("temp")), Map.entry("cold", List.of("temp")),
            Map.entry("rainfall", List.of("precipitation")), Map.entry("rainiest", List.of("precipitation")),
            Map.entry("wettest", List.of("precipitation")), Map.entry("driest", List.of("precipitation")),
            Map.entry("cost", List.of("price", "amount")), Map.entry("revenue", List.of("sales", "amount")),
            Map.entry("wealth", List.of("income")), Map.entry("late", List.of("delay")),
            Map.entry("lateness", List.of("delay")), Map.entry("far", List.of("distance")),
            Map.entry("life", List.of("health")));
    private static final List<String> GROUP_WORDS = List.of("by", "per", "each", "across", "every");
    private static final Map<String, Plan.Grain> GRAINS = Map.ofEntries(Map.entry("year", Plan.Grain.YEAR),
            Map.entry("yearly", Plan.Grain.YEAR), Map.entry("annual", Plan.Grain.YEAR), Map.entry("quarter", Plan.Grain.QUARTER),
            Map.entry("month", Plan.Grain.MONTH), Map.entry("monthly", Plan.Grain.MONTH), Map.entry("week", Plan.Grain.WEEK),
            Map.entry("weekly", Plan.Grain.WEEK), Map.entry("weekday", Plan.Grain.WEEKDAY), Map.entry("day", Plan.Grain.DAY),
            Map.entry("daily", Plan.Grain.DAY), Map.entry("date", Plan.Grain.DAY));

    private final Schema schema;

    QuestionParser(Schema schema) {
        this.schema = schema;
    }

    Plan parse(String question) {
        String text = Words.normalize(question);
        List<String> words = Words.split(question);
        List<String> notes = new ArrayList<>();
        if (EXPLAIN.matcher(text).find()) {
            return plan(Plan.Kind.EXPLAIN, null, null, null, null, null, List.of(), false, null, notes);
        }
        List<Mention> columns = mentionedColumns(words, notes);
        Optional<Schema.Column> date = schema.firstTemporal();
        List<String> filters = new ArrayList<>();
        List<Integer> years = years(text);
        date.ifPresent(d -> {
            if (years.size() == 1) {
                filters.add("year(" + d.sql() + ") = " + years.get(0));
            } else if (years.size() > 1) {
                filters.add("year(" + d.sql() + ") IN (" + String.join(", ", years.stream().map(String::valueOf).toList()) + ")");
            }
        });
        valueFilters(words, filters, notes, columns);
        // Instructions are read from the words outside column names: "max" in temp_max asks for no maximum.
        text = withoutColumnNames(words, columns);
        Plan.Aggregate aggregate = aggregate(text);
        Grain grain = grain(words, text, date.orElse(null), years.size() > 1);
        Schema.Column groupBy = grain == null ? groupColumn(words, columns) : null;
        List<Schema.Column> numeric = columns.stream().map(Mention::column).filter(Schema.Column::numeric).toList();
        numberFilters(text, columns, filters);

        boolean chart = CHART.matcher(text).find();
        Integer limit = limit(text, groupBy != null || grain != null);
        boolean ascending = text.matches(".*\\b(lowest|smallest|least|fewest|bottom|minimum|coldest|shortest|driest)\\b.*");
        Schema.Column measure = numeric.stream().filter(c -> groupBy == null || !c.equals(groupBy)).findFirst()
                .orElse(columns.stream().map(Mention::column).filter(c -> !c.equals(groupBy)).findFirst().orElse(null));

        if (text.matches(".*\\b(correlat\\w*|relationship|relation|scatter)\\b.*") && numeric.size() >= 2) {
            return plan(Plan.Kind.CORRELATION, null, numeric.get(0), numeric.get(1), null, null, filters, false, null, notes);
        }
        if (text.matches(".*\\b(histogram|distribution|distributed|spread)\\b.*") && measure != null && measure.numeric()) {
            return plan(Plan.Kind.HISTOGRAM, null, measure, null, null, null, filters, false, null, notes);
        }
        if (text.matches(".*\\b(describe|statistics|stats|summary|summarize|summarise)\\b.*") && measure != null
                && groupBy == null && grain == null) {
            return plan(Plan.Kind.DESCRIBE, null, measure, null, null, null, filters, false, null, notes);
        }
        if (text.matches(".*\\b(first|earliest|last|latest|most recent)\\b.*") && date.isPresent() && limit == null
                && (measure == null || measure.temporal())) {
            Plan.Aggregate edge = text.matches(".*\\b(last|latest|most recent)\\b.*") ? Plan.Aggregate.MAX : Plan.Aggregate.MIN;
            return plan(Plan.Kind.AGGREGATE, edge, date.get(), null, null, null, filters, false, null, notes);
        }
        boolean rowWords = text.matches(".*\\b(day|date|row|record|days|dates|rows|records|entries|entry)\\b.*");
        boolean rankedRows = groupBy == null && grain == null && measure != null && measure.numeric()
                && (rowWords && (limit != null || text.matches(".*\\b(which|what|when)\\b.*"))
                        || text.matches("^when\\b.*"))
                && (text.matches(".*\\b(highest|lowest|largest|smallest|most|least|max|maximum|min|minimum|coldest|shortest|driest)\\b.*")
                        || SUPERLATIVE.matcher(text).find());
        if (rankedRows) {
            return plan(Plan.Kind.RANKED_ROWS, null, measure, null, null, null, filters, !ascending, limit == null ? 1 : limit, notes);
        }
        if (aggregate == null) {
            aggregate = measure != null && measure.numeric() && (groupBy != null || grain != null || chart)
                    ? Plan.Aggregate.AVG : groupBy != null || grain != null || text.matches(".*\\b(how many|number of|count)\\b.*")
                    ? Plan.Aggregate.COUNT : null;
            if (aggregate == Plan.Aggregate.AVG) {
                notes.add("Taking the average of " + measure.name() + ".");
            }
        }
        if ((aggregate == Plan.Aggregate.MAX || aggregate == Plan.Aggregate.MIN) && measure == null
                && (groupBy != null || grain != null)) {
            // "which island has the most penguins": the groups are ranked by how many rows they hold.
            aggregate = Plan.Aggregate.COUNT;
        }
        if (aggregate == null && measure != null && measure.numeric() && !filters.isEmpty()) {
            aggregate = Plan.Aggregate.AVG;
        }
        if (aggregate == null) {
            return plan(Plan.Kind.UNKNOWN, null, null, null, null, null, filters, false, null, notes);
        }
        if (aggregate == Plan.Aggregate.COUNT && measure != null && text.matches(".*\\b(distinct|unique|different)\\b.*")) {
            aggregate = Plan.Aggregate.COUNT_DISTINCT;
        }
        if (aggregate != Plan.Aggregate.COUNT && aggregate != Plan.Aggregate.COUNT_DISTINCT && measure == null) {
            List<Schema.Column> candidates = schema.numeric();
            if (candidates.size() != 1) {
                notes.add("Which column? I know " + String.join(", ", candidates.stream().map(Schema.Column::name).toList()) + ".");
                return plan(Plan.Kind.UNKNOWN, null, null, null, null, null, filters, false, null, notes);
            }
            measure = candidates.get(0);
        }
        if (aggregate == Plan.Aggregate.COUNT) {
            measure = null;
        }
        boolean ranking = (groupBy != null || grain != null) && (limit != null || text.matches(".*\\b(which|what)\\b.*")
                && (text.matches(".*\\b(highest|lowest|largest|smallest|most|least|best|worst|top|max|min|maximum|minimum|coldest|shortest|driest)\\b.*")
                        || SUPERLATIVE.matcher(text).find()));
        if (ranking && limit == null) {
            limit = 1;
        }
        if (ranking && (aggregate == Plan.Aggregate.MAX || aggregate == Plan.Aggregate.MIN)
                && !text.matches(".*\\b(max|maximum|min|minimum)\\b.*") && measure != null) {
            // "which region has the highest health": highest ranks the groups by their average; "sells the most
            // units" ranks them by their total.
            aggregate = text.matches(".*\\b(most|least|fewest)\\b.*") ? Plan.Aggregate.SUM : Plan.Aggregate.AVG;
        }
        Plan.Kind kind = Plan.Kind.AGGREGATE;
        if (chart && groupBy == null && grain == null) {
            return measure != null && measure.numeric()
                    ? plan(Plan.Kind.HISTOGRAM, null, measure, null, null, null, filters, false, null, notes)
                    : plan(Plan.Kind.UNKNOWN, null, null, null, null, null, filters, false, null, notes);
        }
        if (chart) {
            kind = grain != null ? Plan.Kind.TREND : Plan.Kind.BAR;
        } else if (grain != null && text.matches(".*\\b(trend|over time|evolution|evolve|change)\\b.*")) {
            kind = Plan.Kind.TREND;
        }
        return plan(kind, aggregate, measure, null, groupBy, grain, filters, ranking && !ascending, ranking ? limit : null, notes,
                date.orElse(null));
    }

    /** The question's words with those of multi-word column names left out. */
    private static String withoutColumnNames(List<String> words, List<Mention> columns) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int at = i;
            boolean named = columns.stream().anyMatch(m -> m.strength() == 3 && m.length() > 1
                    && at >= m.position() && at < m.position() + m.length());
            if (!named) {
                rest.add(words.get(i));
            }
        }
        return String.join(" ", rest);
    }

    /** A column the question names: where, how surely (3 whole name, 2 part, 1 synonym), and over how many words. */
    private record Mention(Schema.Column column, int position, int strength, int length) {
    }

    /** Columns the question names, best first: whole names, then partial names, then synonyms. */
    private List<Mention> mentionedColumns(List<String> words, List<String> notes) {
        List<Mention> found = new ArrayList<>();
        for (Schema.Column c : schema.columns()) {
            List<String> name = c.words().stream().filter(w -> !w.matches("mm|cm|g|kg|usd|pct|m|km")).toList();
            int at = Words.indexOf(words, name);
            if (at >= 0) {
                found.add(new Mention(c, at, 3, name.size()));
                continue;
            }
            for (int i = 0; i < name.size() && at < 0; i++) {
                if (name.get(i).length() > 3 && !GROUP_WORDS.contains(name.get(i))) {
                    at = Words.indexOf(words, List.of(name.get(i)));
                }
            }
            if (at >= 0) {
                found.add(new Mention(c, at, 2, 1));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (String target : SYNONYMS.getOrDefault(words.get(i), List.of())) {
                int position = i;
                List<Schema.Column> matches = schema.columns().stream()
                        .filter(c -> c.words().stream().anyMatch(w -> w.startsWith(target))).toList();
                if (!matches.isEmpty() && found.stream().noneMatch(m -> matches.contains(m.column()))) {
                    found.add(new Mention(matches.get(0), position, 1, 1));
                    if (matches.size() > 1) {
                        notes.add("Taking " + matches.get(0).name() + " for '" + words.get(i) + "' ("
                                + String.join(", ", matches.stream().skip(1).map(Schema.Column::name).toList()) + " also match).");
                    }
                }
            }
        }
        // A longer name found at the same place wins ("unit price" is unit_price, not units).
        found.removeIf(m -> found.stream().anyMatch(o -> o != m && o.length() > m.length()
                && m.position() >= o.position() && m.position() < o.position() + o.length()));
        found.sort((a, b) -> a.strength() != b.strength() ? b.strength() - a.strength() : a.position() - b.position());
        return found;
    }

    /** Category values named in the question become equality filters (sunny → weather = 'sun'). */
    private void valueFilters(List<String> words, List<String> filters, List<String> notes, List<Mention> columns) {
        for (Schema.Column c : schema.categorical()) {
            for (String value : c.topValues()) {
                List<String> valueWords = Words.split(value);
                if (valueWords.isEmpty() || valueWords.equals(List.of(Words.normalize(c.name())))) {
                    continue;
                }
                boolean namedAsColumn = columns.stream().anyMatch(m -> m.column().words().equals(valueWords));
                if (!namedAsColumn && Words.containsPhrase(words, valueWords)) {
                    filters.add(c.sql() + " = '" + value.replace("'", "''") + "'");
                    break;
                }
            }
            if (filters.stream().noneMatch(f -> f.startsWith(c.sql() + " ="))) {
                partialValue(words, c, columns).ifPresent(value -> {
                    filters.add(c.sql() + " = '" + value.replace("'", "''") + "'");
                    notes.add("Taking '" + value + "' as the " + c.name() + " meant.");
                });
            }
        }
    }

    /** A question word that is a word of exactly one of the column's values ("europe" → europe_central_asia). */
    private static Optional<String> partialValue(List<String> words, Schema.Column column, List<Mention> columns) {
        for (String word : words) {
            if (word.length() < 4 || columns.stream().anyMatch(m -> m.column().words().contains(word))) {
                continue;
            }
            List<String> hits = column.topValues().stream()
                    .filter(v -> Words.split(v.replace('_', ' ')).stream().anyMatch(w -> Words.forms(word).contains(w)))
                    .toList();
            if (hits.size() == 1) {
                return Optional.of(hits.get(0));
            }
        }
        return Optional.empty();
    }

    /** "units above 10", "under 5 units": the number applies to the numeric column named right after or before it. */
    private static void numberFilters(String text, List<Mention> columns, List<String> filters) {
        List<Mention> numeric = columns.stream().filter(m -> m.column().numeric()).toList();
        if (numeric.isEmpty()) {
            return;
        }
        Matcher m = NUMBER_FILTER.matcher(text);
        while (m.find()) {
            int numberAt = Words.split(text.substring(0, m.end())).size() - 1;
            Schema.Column column = numeric.stream().filter(c -> c.position() == numberAt + 1).map(Mention::column)
                    .findFirst().orElse(numeric.stream().filter(c -> c.position() < numberAt)
                            .max((a, b) -> a.position() - b.position()).map(Mention::column)
                            .orElse(numeric.get(0).column()));
            String word = m.group(1);
            String op = switch (word) {
                case "above", "over", "more than", "greater than", "higher than", ">" -> ">";
                case "at least", ">=" -> ">=";
                case "at most", "<=" -> "<=";
                default -> "<";
            };
            String number = m.group(2);
            if (!YEAR.matcher(number).matches() || !column.temporal()) {
                filters.add(column.sql() + " " + op + " " + number);
            }
        }
    }

    private static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    private static Plan.Aggregate aggregate(String text) {
        if (text.matches(".*\\b(how many|number of|count)\\b.*")) {
            return Plan.Aggregate.COUNT;
        }
        if (text.matches(".*\\b(total|sum)\\b.*")) {
            return Plan.Aggregate.SUM;
        }
        if (text.matches(".*\\b(average|avg|mean|typical)\\b.*")) {
            return Plan.Aggregate.AVG;
        }
        if (text.matches(".*\\bmedian\\b.*")) {
            return Plan.Aggregate.MEDIAN;
        }
        if (text.matches(".*\\b(maximum|max|highest|largest|biggest|most)\\b.*") || SUPERLATIVE.matcher(text).find()) {
            return Plan.Aggregate.MAX;
        }
        if (text.matches(".*\\b(minimum|min|lowest|smallest|least|coldest|shortest|fewest|driest)\\b.*")) {
            return Plan.Aggregate.MIN;
        }
        return null;
    }

    private record Grain(Plan.Grain value) {
    }

    private static Grain grain(List<String> words, String text, Schema.Column date, boolean severalYears) {
        if (date == null) {
            return null;
        }
        if (text.matches(".*\\b(day of (the )?week|weekdays?|days of (the )?week)\\b.*")) {
            return new Grain(Plan.Grain.WEEKDAY);
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (GROUP_WORDS.contains(words.get(i)) || words.get(i).matches("each|which|what|in")) {
                Plan.Grain g = GRAINS.get(Words.forms(words.get(i + 1)).stream().filter(GRAINS::containsKey).findFirst().orElse(""));
                if (g != null) {
                    return new Grain(g);
                }
            }
        }
        for (String w : words) {
            if (w.matches("yearly|annual|monthly|weekly|daily|annually")) {
                return new Grain(GRAINS.getOrDefault(w.replace("annually", "annual"), Plan.Grain.YEAR));
            }
        }
        if (severalYears || text.matches(".*\\b(over time|trend|trends|evolution|over the years|through time)\\b.*")) {
            return new Grain(severalYears ? Plan.Grain.YEAR : null);
        }
        return null;
    }

    private Schema.Column groupColumn(List<String> words, List<Mention> columns) {
        for (int i = 0; i < words.size(); i++) {
            boolean groupWord = GROUP_WORDS.contains(words.get(i)) || (i == 0 || i == 1) && words.get(i).matches("which|what");
            if (!groupWord) {
                continue;
            }
            for (Mention m : columns) {
                if (m.position() > i && m.position() <= i + 3 && (m.column().categorical() || "identifier".equals(m.column().semantic()))) {
                    return m.column();
                }
            }
        }
        Matcher top = TOP_N.matcher(String.join(" ", words));
        if (top.find()) {
            int after = words.indexOf(top.group(2)) + 1;
            for (Mention m : columns) {
                if (m.position() == after && !m.column().numeric()) {
                    return m.column();
                }
            }
        }
        return null;
    }

    private static Integer limit(String text, boolean grouped) {
        Matcher m = TOP_N.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(2));
        }
        return grouped && text.matches(".*\\b(top|bottom)\\b.*") ? 5 : null;
    }

    private Plan plan(Plan.Kind kind, Plan.Aggregate aggregate, Schema.Column measure, Schema.Column second,
            Schema.Column groupBy, Grain grain, List<String> filters, boolean descending, Integer limit, List<String> notes) {
        return plan(kind, aggregate, measure, second, groupBy, grain, filters, descending, limit, notes,
                schema.firstTemporal().orElse(null));
    }

    private Plan plan(Plan.Kind kind, Plan.Aggregate aggregate, Schema.Column measure, Schema.Column second,
            Schema.Column groupBy, Grain grain, List<String> filters, boolean descending, Integer limit, List<String> notes,
            Schema.Column date) {
        Plan.Grain g = grain == null ? null : grain.value() != null ? grain.value() : autoGrain(date);
        return new Plan(kind, aggregate, measure, second, groupBy, g, date, List.copyOf(filters), descending, limit,
                List.copyOf(notes));
    }

    /** Years when the dates span more than three of them, months otherwise. */
    private static Plan.Grain autoGrain(Schema.Column date) {
        if (date == null) {
            return Plan.Grain.MONTH;
        }
        String min = date.dna().path("min").asText("");
        String max = date.dna().path("max").asText("");
        if (min.length() >= 4 && max.length() >= 4) {
            int span = Integer.parseInt(max.substring(0, 4)) - Integer.parseInt(min.substring(0, 4));
            return span > 3 ? Plan.Grain.YEAR : Plan.Grain.MONTH;
        }
        return Plan.Grain.MONTH;
    }
}
