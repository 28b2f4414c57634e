package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * A light verb links no column by WordNet's senses, a verb of billing ranks by the money, an average of a price's
 * part stays an average, British and American spellings of a value are one, the date taken unasked is said, a
 * change in the rows a verb dates is counted by that date, "how many more" of two weekdays is their difference, and
 * a time on the clock some rows lack is no state that lasts.
 */
class HiresAndParcelsTest {

    @Test
    void aLightVerbLinksNoColumnBySenses() {
        // one sense of "take" is "return": the helmet's share, never of late returns
        Plan plan = plan("what pct of hires took a helmet?", TestCatalogs.skateHires());
        assertThat(sql(plan)).contains("\"helmet\"").doesNotContain("lateReturn");
    }

    @Test
    void aVerbOfBillingRanksByTheMoney() {
        for (String q : new String[] {"which cleaner billed the most?", "which cleaner charged the least in 2024?"}) {
            Plan plan = plan(q, TestCatalogs.windowJobs());
            assertThat(plan.aggregate()).as(q).isEqualTo(Aggregate.SUM);
            assertThat(plan.measure().name()).as(q).isEqualTo("price");
        }
    }

    @Test
    void anAverageOfAPricesPartStaysAnAverage() {
        Plan plan = plan("avg extras spend per hire", TestCatalogs.skateHires());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("price_extras");
        assertThat(plan("extras spend by rink", TestCatalogs.skateHires()).aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void britishAndAmericanSpellingsOfAValueAreOne() {
        Plan plan = plan("heaviest parcel from the community center", TestCatalogs.foodParcels());
        assertThat(sql(plan)).contains("'(\\p{L}{2}[tb])re([^\\p{L}]|$)', '\\1er\\2'");
        assertThat(plan.notes()).anyMatch(n -> n.contains("British spelling"));
    }

    @Test
    void theDateTakenUnaskedIsSaid() {
        Plan plan = plan("parcels per month in 2024", TestCatalogs.foodParcels());
        assertThat(plan.notes()).contains("Dated by packedAt; the data also dates rows by collectedAt.");
        assertThat(plan("parcels collected per month", TestCatalogs.foodParcels()).notes())
                .noneMatch(n -> n.startsWith("Dated by"));
    }

    @Test
    void aChangeInTheRowsAVerbDatesIsCountedByThatDate() {
        Plan steps = plan("yoy change in parcels collected", TestCatalogs.foodParcels());
        assertThat(steps.kind()).isEqualTo(Plan.Kind.STEPS);
        assertThat(sql(steps)).contains("year(\"collectedAt\")").doesNotContain("packedAt");
        Plan change = plan("% change in parcels collected from 2023 to 2024", TestCatalogs.foodParcels());
        assertThat(change.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(sql(change)).contains("count(*) FILTER (WHERE \"collectedAt\" >=").doesNotContain("packedAt");
    }

    @Test
    void howManyMoreOnOneWeekdayThanAnotherIsTheirDifference() {
        Plan plan = plan("how many more hires on saturdays than on sundays?", TestCatalogs.skateHires());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.DIFFERENCE);
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("count(*) FILTER (WHERE isodow(\"sessionDate\") = ?) - count(*)")
                .contains("AS \"saturdays\"").doesNotContain("GROUP BY");
    }

    @Test
    void aTimeOnTheClockSomeRowsLackIsNoStateThatLasts() {
        Plan plan = plan("how much money is outstanding?", TestCatalogs.windowJobs());
        assertThat(sql(plan)).doesNotContain("finish_time");
    }
}
