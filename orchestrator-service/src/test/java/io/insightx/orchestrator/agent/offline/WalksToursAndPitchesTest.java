package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * The rows' own noun is no leaving ("departures" of boat_tour_departures), hours of the day on a start or an end time
 * kept apart from the date, a verb of a time on the clock counted as its rows, a year said of a time on the clock,
 * a value that is one word of another, names with a key of their own.
 */
class WalksToursAndPitchesTest {

    @Test
    void theRowsOwnNounIsNoLeaving() {
        Plan plan = plan("how many departures were cancelled?", TestCatalogs.boatDepartures());
        assertThat(sql(plan)).contains("\"Cancelled?\"").doesNotContain("ReturnTime");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void hoursOfTheDayAreOfTheStartUnlessTheEndIsSaid() {
        assertThat(sql(plan("how many jobs started before 9am?", TestCatalogs.dogWalks())))
                .contains("hour(\"start_time\")").doesNotContain("DISTINCT");
        Plan ended = plan("how many jobs ended after 5pm?", TestCatalogs.dogWalks());
        assertThat(sql(ended)).contains("hour(\"end_time\")");
        assertThat(ended.ignored()).isEmpty();
        // "left" is no leaving of a time on the clock: the departure's hour, the word reported
        Plan left = plan("how many departures left at 6pm or later?", TestCatalogs.boatDepartures());
        assertThat(sql(left)).contains("hour(\"DepTime\")").doesNotContain("ReturnTime");
    }

    @Test
    void aVerbOfATimeOnTheClockCountsTheRows() {
        Plan plan = plan("how many jobs started?", TestCatalogs.dogWalks());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(sql(plan)).contains("count(*)");
    }

    @Test
    void aYearSaidOfATimeOnTheClockIsOfTheDate() {
        assertThat(sql(plan("how many jobs started in 2024?", TestCatalogs.dogWalks())))
                .contains("\"walk_date\" >=").doesNotContain("\"start_time\" >=");
    }

    @Test
    void aValueThatIsOneWordOfAnotherIsSaid() {
        Plan plan = plan("avg base price per booking by pitch type", TestCatalogs.campsiteBookings());
        assertThat(plan.notes()).anyMatch(n -> n.contains("“Pod”") && n.contains("glamping pod"));
    }

    @Test
    void namesWithAKeyOfTheirOwnAreTheThingsTheKeyTellsApart() {
        Plan top = plan("which walker did the most jobs in 2024?", TestCatalogs.dogWalks());
        assertThat(sql(top)).contains("GROUP BY \"walker_id\"").contains("mode(trim(\"walker_name\"))");
        Plan named = plan("how many jobs did Bob Kowalski do in 2025?", TestCatalogs.dogWalks());
        assertThat(sql(named)).contains("\"walker_id\" IN (SELECT \"walker_id\" FROM");
        assertThat(sql(plan("how many distinct walker names are there?", TestCatalogs.dogWalks())))
                .contains("count(DISTINCT \"walker_id\")");
        // the part of a share is the things so named too, not the rows of one spelling
        assertThat(sql(plan("what % of jobs did Bob Kowalski do?", TestCatalogs.dogWalks())))
                .contains("count(*) FILTER (WHERE \"walker_id\" IN (SELECT \"walker_id\" FROM");
    }
}
