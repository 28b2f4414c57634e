package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * What the analyst understood a question to ask, typed: what to compute ({@code aggregate} of {@code measure}),
 * grouped how, over which rows, in what order, and what it could not place ({@code ignored}). {@code entity} is the
 * question's own word for a row ("airports", "days"), used in the answer; {@code guessed} marks a column chosen
 * among several that fit a word equally; {@code distinctGrain} counts distinct periods ("how many years");
 * {@code python} marks a chart the question asked Python to draw ("with pandas", "as a png"): every other chart is
 * drawn by the browser from the query's rows; {@code stepsCounted}, which changes of a {@link Kind#STEPS} plan are
 * counted ("in how many years did it fall"), null when they are listed or ranked. {@code second} is the other column
 * of a correlation, or the date whose periods a {@link Kind#CHANGE} compares when it is not the data's first.
 * {@code also} holds the other figures an {@link Kind#AGGREGATE} gives beside its own, over the same rows and groups
 * ("avg rating and # of episodes per show"), each a plan of its own ({@link TwoFigures}).
 */
public record Plan(Kind kind, Catalog catalog, Aggregate aggregate, DataColumn measure, DataColumn second,
        List<Group> groups, List<Filter> filters, boolean descending, Integer limit, List<Period> change,
        String entity, List<String> ignored, List<String> notes, boolean guessed, Grain distinctGrain, boolean python,
        Direction stepsCounted, List<Plan> also) {

    public enum Kind {
        /** One figure, or one per group. */
        AGGREGATE,
        /** Whole rows ranked by a measure: the heaviest penguin, the windiest day. */
        ROWS,
        /** The values of named columns in the rows the filters select: "what city is SEA in". */
        LOOKUP,
        /** The rows the filters keep, counted and listed: "penguins with a beak longer than 50". */
        MATCHES,
        /** The difference of a figure between two periods. */
        CHANGE,
        /**
         * The figure per period (the last group) and its change from the period before: listed in time order, ranked
         * ("the biggest one-year jump") or counted ("how many months fell"); earlier groups are separate series.
         */
        STEPS,
        /** The difference of a figure between two named values ("how much warmer is New York than Seattle"). */
        DIFFERENCE,
        /** Statistics of one column. */
        DESCRIBE,
        HISTOGRAM,
        CORRELATION,
        TREND,
        BAR,
        /** A question about the dataset itself (columns, types, what it holds): answered from the Data DNA. */
        DATASET,
        /** The columns and their types, as the database describes the table: "what columns does it have". */
        COLUMNS,
        /** "how many columns", "how many rows and columns": the two counts, one row. */
        SHAPE,
        /** Missing values, per column or of one column. */
        MISSING,
        /** The first and last dates or years of the data. */
        TIME_RANGE,
        /** Not understood. */
        REFUSE;

        public boolean chart() {
            return this == HISTOGRAM || this == CORRELATION || this == TREND || this == BAR;
        }
    }

    /** Which way a counted change went. */
    public enum Direction {
        RISE, FALL
    }

    /** A plan of one figure. */
    public Plan(Kind kind, Catalog catalog, Aggregate aggregate, DataColumn measure, DataColumn second,
            List<Group> groups, List<Filter> filters, boolean descending, Integer limit, List<Period> change,
            String entity, List<String> ignored, List<String> notes, boolean guessed, Grain distinctGrain, boolean python,
            Direction stepsCounted) {
        this(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity, ignored,
                notes, guessed, distinctGrain, python, stepsCounted, List.of());
    }

    /** A plan that draws no chart in Python: what every reading makes until the question asks for Python. */
    public Plan(Kind kind, Catalog catalog, Aggregate aggregate, DataColumn measure, DataColumn second,
            List<Group> groups, List<Filter> filters, boolean descending, Integer limit, List<Period> change,
            String entity, List<String> ignored, List<String> notes, boolean guessed, Grain distinctGrain) {
        this(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity, ignored,
                notes, guessed, distinctGrain, false, null);
    }

    public static Plan refuse(Catalog catalog, List<String> ignored, List<String> notes) {
        return new Plan(Kind.REFUSE, catalog, null, null, null, List.of(), List.of(), false, null, List.of(), null,
                ignored, notes, false, null);
    }

    public static Plan dataset(Kind kind, Catalog catalog, DataColumn about) {
        return new Plan(kind, catalog, null, about, null, List.of(), List.of(), false, null, List.of(), null,
                List.of(), List.of(), false, null);
    }

    /** The rows that miss at least one value (the plan's entity is "rows"). */
    public static Plan missingRows(Catalog catalog) {
        return new Plan(Kind.MISSING, catalog, null, null, null, List.of(), List.of(), false, null, List.of(), "rows",
                List.of(), List.of(), false, null);
    }

    /**
     * The fields of one nested object, which the table holds as columns named after it ("course_title" of a "course"
     * object): the plan's entity is the object's name.
     */
    public static Plan objectFields(Catalog catalog, String object) {
        return new Plan(Kind.COLUMNS, catalog, null, null, null, List.of(), List.of(), false, null, List.of(), object,
                List.of(), List.of(), false, null);
    }

    /** The columns that miss values, counted and named (the plan's entity is "columns"). */
    public static Plan missingColumns(Catalog catalog) {
        return new Plan(Kind.MISSING, catalog, null, null, null, List.of(), List.of(), false, null, List.of(),
                "columns", List.of(), List.of(), false, null);
    }

    /** The rows missing a value in any of some columns: of a MISSING plan, its groups are those columns. */
    public static Plan missingRows(Catalog catalog, List<DataColumn> columns) {
        return new Plan(Kind.MISSING, catalog, null, null, null, columns.stream().map(c -> new Group(c, null)).toList(),
                List.of(), false, null, List.of(), "rows", List.of(), List.of("Counted the rows missing any of "
                        + String.join(", ", columns.stream().map(DataColumn::name).toList()) + "."), false, null);
    }

    public Plan withKind(Kind k) {
        return new Plan(k, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity,
                ignored, notes, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same chart drawn in Python, as the question asked; {@code ignored} no longer holds the words that asked. */
    public Plan inPython(List<String> stillIgnored) {
        return new Plan(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity,
                stillIgnored, notes, guessed, distinctGrain, true, stepsCounted, also);
    }

    /** The same plan with each filter once (two words may say one condition: "refund rate … refunded"). */
    public Plan withDistinctFilters() {
        return new Plan(kind, catalog, aggregate, measure, second, groups, filters.stream().distinct().toList(),
                descending, limit, change, entity, ignored, notes, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same plan of another measure, grouped otherwise, with the words it leaves unanswered replaced. */
    Plan regrouped(DataColumn measured, List<Group> kept, List<String> stillIgnored) {
        return new Plan(kind, catalog, aggregate, measured, second, List.copyOf(kept), filters, descending, limit, change,
                entity, List.copyOf(stillIgnored), notes, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same plan with words it leaves unanswered: reported, so the answer is partial. */
    public Plan withIgnored(List<String> words) {
        List<String> all = new ArrayList<>(ignored);
        all.addAll(words);
        return new Plan(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity,
                all, notes, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same plan with notes said before its own (how the question was read: a word taken for another). */
    public Plan withNotes(List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(notes);
        return withAllNotes(all);
    }

    /** The same plan with a note said after its own (which dataset answered, what the answer built on). */
    public Plan withNote(String last) {
        List<String> all = new ArrayList<>(notes);
        all.add(last);
        return withAllNotes(all);
    }

    private Plan withAllNotes(List<String> all) {
        return new Plan(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity,
                ignored, all, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same plan without one filter, saying so: what self-correction does when that filter broke the query. */
    public Plan without(Filter dropped) {
        List<Filter> kept = new ArrayList<>(filters);
        kept.remove(dropped);
        List<String> lost = new ArrayList<>(ignored);
        lost.add(dropped.words());
        return new Plan(kind, catalog, aggregate, measure, second, groups, kept, descending, limit, change, entity,
                lost, notes, guessed, distinctGrain, python, stepsCounted, also);
    }

    /** The same plan giving other figures beside its own, over the same rows and groups. */
    Plan withAlso(List<Plan> others, List<String> allNotes, boolean anyGuessed) {
        return new Plan(kind, catalog, aggregate, measure, second, groups, filters, descending, limit, change, entity,
                ignored, allNotes, anyGuessed, distinctGrain, python, stepsCounted, List.copyOf(others));
    }

    public boolean grouped() {
        return !groups.isEmpty();
    }

    public boolean understood() {
        return kind != Kind.REFUSE;
    }
}
