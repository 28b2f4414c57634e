package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** A plan while the planner's steps fill it in. */
final class Draft {

    final Catalog catalog;
    final List<Filter> filters = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Integer> unplaced = new ArrayList<>();
    final List<DataColumn> measures = new ArrayList<>();
    /** The value filter each of the question's value words made: "refund" of "refund rate" is status = refunded. */
    final java.util.Map<Integer, Filter.Values> valueAt = new java.util.HashMap<>();
    /** The value each of those tokens named ("success" of "success rate": successful). */
    final java.util.Map<Integer, String> valueSaid = new java.util.HashMap<>();
    /** The question's words for each measure: what the answer reports when one is left unused, not the column's name. */
    final java.util.Map<DataColumn, String> said = new java.util.HashMap<>();
    List<Period> change = List.of();
    /** The date the two periods of {@link #change} are of: a date verb's ("arriving"), else the data's. */
    DataColumn changeDate;
    /** A change from each period to the one before it was asked ({@link StepChange}); its grain, null for the data's own. */
    boolean steps;
    Grain stepGrain;
    Integer limit;
    boolean low;
    /** A column two or more of whose values are named: the groups are compared. */
    DataColumn compared;
    /** "which X": the answer names the best group or row. */
    boolean ranking;
    Aggregate aggregate;
    /** The aggregate came from a superlative adjective ("the heaviest"), which ranks rows rather than asks a figure. */
    boolean superlative;
    /** "(blank = none)": the column whose blanks are read as one of its values, or null. */
    BlankAs.Blank blankAs;
    /** "biggest first": the superlative orders every row or group it keeps, it keeps no one of them. */
    boolean inOrder;
    boolean countWords;
    /** "tardy the most times": the rows are what is ranked, never the dataset's only measure. */
    boolean timesCounted;
    /** Several figures of one measure asked at once ("min and max", "mean and median"): its summary answers them. */
    boolean several;
    DataColumn counted;
    String entity;
    /** "first"/"earliest" (MIN) or "last"/"latest" (MAX), said of the time column. */
    Aggregate timeEdge;
    /** "how many years": the time unit whose distinct periods are counted. */
    String countedGrain;
    /** "avg spend per receipt" where a receipt has several rows: the key whose totals are averaged. */
    DataColumn perKey;
    final List<Integer> perKeyTokens = new ArrayList<>();
    /** The date of the events the question counts ("terminations per year"): its periods are theirs. */
    DataColumn eventDate;
    /** Whether more of what the question counts is worse (late, leaving) or better (on time); null when not said. */
    Boolean moreIsWorse;
    boolean guessed;
    /** Columns taken where others matched as well ("gyms": Gym Location, or gym_capacity_ppl), with the note said. */
    final java.util.Map<io.insightx.orchestrator.agent.offline.link.ColumnMention, String> ties =
            new java.util.LinkedHashMap<>();
    /** The side the question names of a row with two ("home", "away"), or null; see {@link TwoSides}. */
    Boolean side;
    /** A win or a loss said of a team on either side, decided once its value is read; see {@link TwoSides}. */
    TwoSides.Outcome outcome;
    /** The amounts of the sides the question names ("goals"), added to the column mentions when they are read. */
    final List<ColumnMention> sideAmounts = new ArrayList<>();

    Draft(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Whether the rows are named by a plural noun ("tickets", "flights"): things to count. */
    boolean entityPlural() {
        return entity != null && entity.toLowerCase(java.util.Locale.ROOT).matches("\\p{L}+[^s]s");
    }

    /** Whether the plan took a reading among others: a guess said, or a column chosen among several that matched. */
    boolean guessed() {
        return guessed || !ties.isEmpty();
    }

    /** A tied mention that turned out to need no choice ("across both gyms" groups by none): its note goes. */
    void settled(io.insightx.orchestrator.agent.offline.link.ColumnMention m) {
        String note = ties.remove(m);
        if (note != null) {
            notes.remove(note);
        }
    }
}
