package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Amounts written with a currency code and percentages written as text are numbers; a nested object of figures names
 * the rows it is part of; things named several ways are counted and sized by their key; a past verb regular or not
 * says what the things did that many times; "rating" is no "rate", "work" no "worker"; two months compared with "than"
 * are a change; the time on site runs from arrival to finish; a calendar month of all years and a number's own unit
 * are read.
 */
class SlotsSweepsAndVisitsTest {

    @Test
    void amountsWrittenWithACurrencyCodeAreNumbers() {
        Plan plan = plan("total bisque sales", TestCatalogs.potteryVisits());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("BisqueTotal");
        assertThat(plan("total takings", TestCatalogs.sweepJobs()).measure().name()).isEqualTo("price");
        assertThat(plan("avg rate card price", TestCatalogs.radioSlots()).measure().name()).isEqualTo("spot_rateCard");
    }

    @Test
    void aPercentWrittenAsTextIsAveraged() {
        Plan plan = plan("avg discount %", TestCatalogs.radioSlots());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("discount");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAmountReadFromEmptyTextIsNoneOfASum() {
        Plan plan = plan("total spend on bisque + drinks", TestCatalogs.potteryVisits());
        assertThat(sql(plan)).contains("coalesce((TRY_CAST(replace(regexp_replace(\"DrinksTotal\"");
        assertThat(plan.notes()).anyMatch(n -> n.contains("a blank DrinksTotal counted as 0"));
    }

    @Test
    void aNestedObjectOfFiguresNamesTheRowsItIsPartOf() {
        for (String q : new String[] {"# of spots per show", "how many spots have aired"}) {
            Plan plan = plan(q, TestCatalogs.radioSlots());
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(sql(plan)).as(q).contains("count(").doesNotContain("spot_lengthSec")
                    .doesNotContain("spot_rateCard");
        }
    }

    @Test
    void aCountGroupsByANumberOfFewValuesAndReadsItsUnit() {
        Plan plan = plan("spot count by length (secs)", TestCatalogs.radioSlots());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("spot_lengthSec"));
    }

    @Test
    void thingsNamedSeveralWaysAreCountedAndSizedByTheirKey() {
        Plan distinct = plan("how many different advertisers", TestCatalogs.radioSlots());
        assertThat(distinct.measure().name()).isEqualTo("advertiser_accountNo");
        assertThat(distinct.ignored()).isEmpty();
        String sized = sql(plan("how many advertisers had more than 100 spots aired?", TestCatalogs.radioSlots()));
        // the spots counted are the aired ones, though "aired" is said after the count
        assertThat(sized).contains("\"advertiser_accountNo\" IN (SELECT \"advertiser_accountNo\""
                + " FROM \"radio_ad_slots\" WHERE CAST((lower(trim(\"aired\"))");
        assertThat(sized).contains("GROUP BY \"advertiser_accountNo\" HAVING count(*) > ?");
    }

    @Test
    void aPastVerbRegularOrNotSaysWhatTheThingsDidThatManyTimes() {
        Plan came = plan("how many members came in more than 5 times", TestCatalogs.potteryVisits());
        assertThat(came.ignored()).isEmpty();
        assertThat(came.filters()).anyMatch(f -> f instanceof Filter.GroupSize);
        Plan got = plan("how many lots got exactly 1 bid", TestCatalogs.lotBids());
        assertThat(got.ignored()).isEmpty();
        assertThat(sql(got)).contains("GROUP BY \"lot_id\" HAVING count(*) = ?");
        Plan done = plan("how many interpreters have done more than 100 completed jobs?",
                TestCatalogs.interpreterBookings());
        assertThat(done.ignored()).isEmpty();
        assertThat(done.filters()).anyMatch(f -> f instanceof Filter.GroupSize);
    }

    @Test
    void rowsDoneByThingsSomeRowsLackKeepThoseThatHaveOne() {
        Plan plan = plan("what % of visits were by members?", TestCatalogs.potteryVisits());
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.Recorded.class);
    }

    @Test
    void aWordAsWrittenBeatsTheRootItIsMadeFromAndTheActIsNoDoer() {
        assertThat(plan("avg rating per interpreter", TestCatalogs.interpreterBookings()).measure().name())
                .isEqualTo("Client Rating (1-5)");
        assertThat(plan("avg rate", TestCatalogs.interpreterBookings()).measure().name()).isEqualTo("Rate (£/hr)");
        Plan work = plan("how many different client organisations do we work for", TestCatalogs.interpreterBookings());
        assertThat(sql(work)).doesNotContain("Co-worker");
    }

    @Test
    void twoMonthsComparedWithThanAreAChange() {
        Plan plan = plan("how much higher was the avg price in july than in january", TestCatalogs.sweepJobs());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.change()).extracting(p -> p.months().get(0)).containsExactly(1, 7);
    }

    @Test
    void theTimeOnSiteRunsFromArrivalToFinish() {
        for (String q : new String[] {"avg time on site in mins for open fires", "avg mins on site per sweep"}) {
            Plan plan = plan(q, TestCatalogs.sweepJobs());
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(sql(plan)).as(q).contains("date_diff('second', \"arrival\", \"finished\") / 60.0");
        }
    }

    @Test
    void aCalendarMonthOfAllYearsPoolsTheYears() {
        Plan month = plan("busiest calendar month overall, all years together?", TestCatalogs.sweepJobs());
        assertThat(month.ignored()).isEmpty();
        assertThat(month.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH_OF_YEAR));
    }

    @Test
    void revenueNetOfDiscountsTakesOffTheDiscountInPercentOnlyWhenAsked() {
        Plan net = plan("total net revenue after discounts", TestCatalogs.radioSlots());
        assertThat(net.ignored()).isEmpty();
        assertThat(sql(net)).contains(" * (1 - coalesce((TRY_CAST(replace(regexp_replace(\"discount\"");
        assertThat(sql(plan("total revenue", TestCatalogs.radioSlots()))).doesNotContain("\"discount\"");
    }

    @Test
    void aNegationTypedWithoutItsApostropheIsANegation() {
        for (String q : new String[] {"how many spots didnt air", "how many spots didn't air"}) {
            Plan plan = plan(q, TestCatalogs.radioSlots());
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(Interpretation.of(plan)).as(q).contains("not aired");
        }
    }

    @Test
    void aReferenceIsTheRowsKeyAndAWordForWorkTheirNoun() {
        Plan length = plan("which interpreter has the longest avg booking length in minutes",
                TestCatalogs.interpreterBookings());
        assertThat(length.ignored()).isEmpty();
        // "with the most jobs" ranks the interpreters by their bookings, never by the hours asked of them
        Plan two = plan("for the 3 interpreters with the most jobs, their total billed hours",
                TestCatalogs.interpreterBookings());
        assertThat(two.filters()).anyMatch(f -> f instanceof Filter.TopGroups t && t.measure() == null);
    }
}
