package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Rows with two sides (home and away teams and their scores): an amount said of no side is both added up, a side said
 * picks its columns, an outcome compares the sides, and a team named with no side plays on either.
 */
class ContestsTest {

    @Test
    void anAmountOfNoSideIsBothSidesAddedUpAndAContestNamesTheRows() {
        Plan plan = plan("average goals per game", TestCatalogs.footballResults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(sql(plan)).contains("avg((\"home_score\" + \"away_score\"))");
        Plan points = plan("avg points per game", TestCatalogs.basketballGames());
        assertThat(points.ignored()).isEmpty();
        assertThat(sql(points)).contains("avg((\"home_pts\" + \"away_pts\"))");
        assertThat(sql(plan("how many games had more than 5 goals", TestCatalogs.footballResults())))
                .contains("(\"home_score\" + \"away_score\") > ?");
    }

    @Test
    void aSideSaidPicksItsColumns() {
        Plan plan = plan("top 3 teams by total home goals", TestCatalogs.footballResults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(sql(plan)).contains("sum(\"home_score\")").contains("GROUP BY \"home_team\"");
        Plan away = plan("how many goals did barcelona score away", TestCatalogs.footballResults());
        assertThat(sql(away)).contains("sum(\"away_score\")").contains("\"away_team\" = ?");
        assertThat(sql(plan("how many goals did barcelona score away from home", TestCatalogs.footballResults())))
                .contains("sum(\"away_score\")").contains("\"away_team\" = ?");
        Plan each = plan("home goals vs away goals by division", TestCatalogs.footballResults());
        assertThat(each.ignored()).isEmpty();
        assertThat(sql(each)).contains("sum(\"home_score\")").contains("sum(\"away_score\")");
    }

    @Test
    void anOutcomeComparesTheSides() {
        assertThat(sql(plan("how many matches ended in a draw", TestCatalogs.footballResults())))
                .contains("\"home_score\" = \"away_score\"");
        Plan rate = plan("home win rate", TestCatalogs.footballResults());
        assertThat(rate.ignored()).isEmpty();
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(sql(rate)).contains("FILTER (WHERE \"home_score\" > \"away_score\")");
        assertThat(sql(plan("how many home games did the celtics fail to win", TestCatalogs.basketballGames())))
                .contains("\"home_pts\" <= \"away_pts\"").contains("\"home_team\" = ?");
        assertThat(sql(plan("how many 0-0 draws were there", TestCatalogs.footballResults())))
                .contains("\"home_score\" = ? AND \"away_score\" = ?");
    }

    @Test
    void aTeamNamedWithNoSidePlaysOnEither() {
        Plan played = plan("how many games did the lakers play", TestCatalogs.basketballGames());
        assertThat(played.ignored()).isEmpty();
        assertThat(sql(played)).contains("(\"home_team\" = ? OR \"away_team\" = ?)");
        Plan won = plan("how many games did the lakers win", TestCatalogs.basketballGames());
        assertThat(sql(won)).contains("((\"home_team\" = ? AND \"home_pts\" > \"away_pts\") OR (\"away_team\" = ? AND"
                + " \"away_pts\" > \"home_pts\"))");
        // its own points are not told apart from the other side's: said, never answered as if they were
        Plan scored = plan("how many points did the lakers score", TestCatalogs.basketballGames());
        assertThat(scored.guessed()).isTrue();
        assertThat(scored.notes()).anyMatch(n -> n.contains("both sides"));
    }

    @Test
    void aGroupOfOneSideWithNoSideSaidIsAGuess() {
        Plan plan = plan("which team scored the most points", TestCatalogs.basketballGames());
        assertThat(plan.guessed()).isTrue();
    }
}
