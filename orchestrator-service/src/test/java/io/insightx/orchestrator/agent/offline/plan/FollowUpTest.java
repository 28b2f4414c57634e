package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** Follow-up questions merged into the previous plan by role, and complete questions left to stand alone. */
class FollowUpTest {

    private final Planner planner = new Planner(TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS);
    private final FollowUp followUp = new FollowUp(planner);

    /** The last question of a chat read on from the ones before it, each merged or read alone as the product does. */
    private Plan chat(Catalog catalog, String... questions) {
        Plan plan = planner.plan(questions[0], catalog);
        for (int i = 1; i < questions.length; i++) {
            Plan before = plan;
            String question = questions[i];
            plan = followUp.read(question, questions[i - 1], before).orElseGet(() -> planner.plan(question, catalog));
        }
        return plan;
    }

    private static List<String> groups(Plan plan) {
        return plan.groups().stream().map(Group::label).toList();
    }

    private static List<String> filtered(Plan plan) {
        return plan.filters().stream().map(f -> f.column().name()).toList();
    }

    @Test
    void aConjoinedGroupIsAddedToThePreviousGroups() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass by species", "and by island?");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(groups(plan)).containsExactly("Species", "Island");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aFilterOnAnotherColumnIsAddedAndKeepsTheGroups() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass by species", "and by island?", "only females");
        assertThat(groups(plan)).containsExactly("Species", "Island");
        assertThat(filtered(plan)).containsExactly("Sex");
        assertThat(SqlWriter.write(plan).params()).containsExactly("FEMALE");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAggregateWordReplacesTheAggregate() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass by species", "only females",
                "what about the max?");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.MAX);
        assertThat(plan.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(groups(plan)).containsExactly("Species");
        assertThat(filtered(plan)).containsExactly("Sex");
    }

    @Test
    void aMeasureToSwapReplacesTheMeasure() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass by species", "what about the max?",
                "same for bill length");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.MAX);
        assertThat(plan.measure().name()).isEqualTo("Beak Length (mm)");
        assertThat(groups(plan)).containsExactly("Species");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aNewValueOfAFilteredColumnReplacesTheValue() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass of adelie penguins", "what about gentoo?");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(filtered(plan)).containsExactly("Species");
        assertThat(SqlWriter.write(plan).params()).containsExactly("Gentoo");
    }

    @Test
    void aNewPeriodReplacesThePeriod() {
        Plan plan = chat(TestCatalogs.weather(), "total precipitation in 2014", "what about 2015?");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.During.class);
        assertThat(SqlWriter.write(plan).params()).containsExactly("2015-01-01", "2016-01-01");
    }

    @Test
    void aGroupSaidInsteadReplacesTheGroups() {
        Plan plan = chat(TestCatalogs.weather(), "average wind by weather", "by year instead");
        assertThat(plan.measure().name()).isEqualTo("wind");
        assertThat(groups(plan)).containsExactly("year");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aGroupOnAFilteredColumnShowsEveryValueOfIt() {
        Plan plan = chat(TestCatalogs.penguins(), "how many penguins live on dream", "by island instead");
        assertThat(groups(plan)).containsExactly("Island");
        assertThat(plan.filters()).isEmpty();
    }

    @Test
    void aMeasureAfterACountTakesTheMeasuresUsualFigure() {
        Plan plan = chat(TestCatalogs.penguins(), "how many penguins per island", "what about body mass?");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(groups(plan)).containsExactly("Island");
    }

    @Test
    void theOtherEdgeTurnsARankingRound() {
        Plan plan = chat(TestCatalogs.penguins(), "which island has the most penguins", "and the fewest?");
        assertThat(groups(plan)).containsExactly("Island");
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.descending()).isFalse();
    }

    @Test
    void aCompleteQuestionIsANewQuestion() {
        Plan before = planner.plan("average body mass by species", TestCatalogs.penguins());
        assertThat(followUp.read("how many penguins live on dream island", "average body mass by species", before))
                .isEmpty();
        assertThat(followUp.read("correlation between flipper length and body mass", "average body mass by species",
                before)).isEmpty();
        assertThat(followUp.read("what columns are there", "average body mass by species", before)).isEmpty();
        assertThat(followUp.read("and the correlation with flipper length?", "average body mass by species", before))
                .as("a computation of its own kind, even after a conjunction").isEmpty();
    }

    @Test
    void aFragmentThatChangesNothingIsRefusedNotAnsweredAgain() {
        Plan before = planner.plan("how many penguins live on dream", TestCatalogs.penguins());
        Plan plan = followUp.read("what about the runways?", "how many penguins live on dream", before).orElseThrow();
        assertThat(plan.understood()).isFalse();
        assertThat(plan.ignored()).contains("runways");
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("Following on from “how many penguins"));
    }

    @Test
    void aFollowUpOfARefusedQuestionSaysItHasNothingToBuildOn() {
        Plan before = planner.plan("tell me a joke", TestCatalogs.penguins());
        Plan plan = followUp.read("and by island?", "tell me a joke", before).orElseThrow();
        assertThat(plan.understood()).isFalse();
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("could not answer"));
        assertThat(followUp.read("by island", "tell me a joke", before)).as("a fragment with no opening is read alone")
                .isEmpty();
    }

    @Test
    void aPartThePreviousAnswerCannotTakeIsReported() {
        Plan plan = chat(TestCatalogs.penguins(), "the heaviest penguin", "and by island?");
        assertThat(plan.understood()).isFalse();
        assertThat(plan.ignored()).contains("Island");
    }

    @Test
    void theOtherEdgeOfARankedRowFindsTheOtherRow() {
        Plan plan = chat(TestCatalogs.penguins(), "the heaviest penguin", "and the lightest?");
        assertThat(plan.kind()).as(plan.notes() + " " + plan.ignored()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(plan.descending()).isFalse();
    }

    @Test
    void aColumnOfNamesAloneAsksForItsNamesNotThePreviousFigureByIt() {
        Plan before = planner.plan("average body mass by species", TestCatalogs.penguins());
        assertThat(followUp.read("list the islands", "average body mass by species", before)).isEmpty();
        assertThat(followUp.read("and island?", "average body mass by species", before)).hasValueSatisfying(
                plan -> assertThat(groups(plan)).containsExactly("Species", "Island"));
    }

    @Test
    void aNumberOfGroupsRanksThemByThePreviousFigure() {
        Plan plan = chat(TestCatalogs.penguins(), "average body mass by species", "top 2 islands");
        assertThat(groups(plan)).containsExactly("Island");
        assertThat(plan.limit()).isEqualTo(2);
        assertThat(plan.descending()).isTrue();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theOtherEndAskedAloneTurnsTheRankingNotTheMeasure() {
        // "lowest" is also a word of the index's column "low": after a ranking it asks for the other end of it
        Plan plan = chat(TestCatalogs.index(), "which year had the highest avg close", "and the lowest?");
        assertThat(plan.measure().name()).isEqualTo("close");
        assertThat(plan.descending()).isFalse();
        assertThat(plan.limit()).isEqualTo(1);
    }
}
