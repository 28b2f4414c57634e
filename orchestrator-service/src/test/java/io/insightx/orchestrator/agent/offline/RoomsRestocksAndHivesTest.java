package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * An unread "excluding" before words read as rows to keep, a verb's past form beside a value's word, money included
 * with money, time spent, times on the clock grouped as slots, a thing asked in several words before "with the most",
 * a typo of one word in two forms, "the" before a value, cash collected, "how much less … than", a yes/no not had,
 * a grain after "and", an amount produced, a weight of a substance, an English word misspelled, "not marked as", the
 * hour of a date named after "of", tickets still open set aside, revenue of a price.
 */
class RoomsRestocksAndHivesTest {

    @Test
    void anExclusionLeftUnreadBeforeWordsReadAsRowsToKeepIsNotAnswered() {
        Plan plan = plan("avg price paid, excluding the noisy pirate ship sessions", TestCatalogs.escapeRooms());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(plan.notes()).anyMatch(n -> n.contains("“excluding”"));
        Plan read = plan("avg price paid, excluding pirate ship sessions", TestCatalogs.escapeRooms());
        assertThat(read.understood()).isTrue();
        assertThat(sql(read)).contains("<> ?");
        Plan clarified = plan("how many bookings are there (not players)", TestCatalogs.escapeRooms());
        assertThat(clarified.understood()).isTrue();
    }

    @Test
    void aVerbsPastFormIsNoPieceOfAValue() {
        Plan plan = plan("sessions taught by each instructor in 2024", TestCatalogs.swimRegister());
        assertThat(sql(plan)).doesNotContain("\"Pool\"");
        assertThat(plan.ignored()).contains("taught");
    }

    @Test
    void moneyIncludedIsAddedToTheMoneyAsked() {
        Plan plan = plan("total invoiced in 2024 incl travel surcharges", TestCatalogs.pianoVisits());
        assertThat(sql(plan)).contains("\"fee_amount_gbp\" + \"fee_travel_surcharge_gbp\"");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        Plan miles = plan("total fees in 2024 incl miles", TestCatalogs.pianoVisits());
        assertThat(sql(miles)).doesNotContain("travel_miles");
        assertThat(miles.ignored()).contains("miles");
    }

    @Test
    void timeSpentIsTimeNotMoney() {
        Plan plan = plan("how long on average did groups spend in the room", TestCatalogs.escapeRooms());
        assertThat(sql(plan)).contains("date_diff('second', \"Start Time\", \"End Time\")")
                .doesNotContain("Price Paid");
    }

    @Test
    void timesOnTheClockAreGroupedAsSlotsNeverDaysOrTheirLatest() {
        Plan top = plan("top 3 start times by number of sessions", TestCatalogs.escapeRooms());
        assertThat(sql(top)).contains("GROUP BY \"Start Time\"").doesNotContain("AS DATE");
        for (String q : new String[] {"which start time has the most bookings", "start time with the most bookings"}) {
            Plan plan = plan(q, TestCatalogs.escapeRooms());
            assertThat(plan.aggregate()).as(q).isEqualTo(Aggregate.COUNT);
            assertThat(sql(plan)).as(q).contains("GROUP BY \"Start Time\"").doesNotContain("max(");
        }
        Plan day = plan("session date with the most bookings", TestCatalogs.escapeRooms());
        assertThat(sql(day)).contains("GROUP BY \"Session Date\"");
    }

    @Test
    void aTypoOfOneWordInTwoFormsIsCorrectedNotAsked() {
        Plan plan = plan("number of bookngs per channel", TestCatalogs.escapeRooms());
        assertThat(plan.understood()).isTrue();
        assertThat(plan.notes()).contains("Taking “booking” for “bookngs”.");
    }

    @Test
    void aValueWithTheIsTheSameValueWithout() {
        Plan plan = plan("avg price paid by room", TestCatalogs.escapeRooms());
        assertThat(plan.notes()).anyMatch(n -> n.contains("“Vault” as “The Vault”"));
    }

    @Test
    void cashCollectedAddsUp() {
        Plan plan = plan("cash collected per month in 2024", TestCatalogs.vendingRestocks());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void howMuchLessInOneYearThanAnotherIsHowFarItFellShort() {
        Plan less = plan("how much less cash was collected in 2024 than in 2023?", TestCatalogs.vendingRestocks());
        assertThat(less.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(less.change()).extracting(p -> p.from().getYear()).containsExactly(2024, 2023);
        assertThat(less.ignored()).isEmpty();
        Plan more = plan("how much more cash was collected in 2023 than in 2024?", TestCatalogs.vendingRestocks());
        assertThat(more.change()).extracting(p -> p.from().getYear()).containsExactly(2024, 2023);
        assertThat(more.ignored()).isEmpty();
    }

    @Test
    void aYesNoNotHadIsNotYesNeverAQuestionOfMissingValues() {
        Plan plan = plan("how many inspections did not have a treatment applied?", TestCatalogs.hiveInspections());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(sql(plan)).contains("IS DISTINCT FROM ?");
    }

    @Test
    void aGrainAfterAndGroupsToo() {
        Plan plan = plan("total honey by apiary and year", TestCatalogs.hiveInspections());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("apiary", "inspectionDate");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAmountProducedIsAddedUp() {
        Plan plan = plan("which hive produced the most honey overall?", TestCatalogs.hiveInspections());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.ignored()).isEmpty();
        Plan each = plan("how much honey did each apiary produce", TestCatalogs.hiveInspections());
        assertThat(each.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void notMarkedAsAYesIsNotYesBlanksIncludedWhileMarkedAsNotIsTheRecordedNo() {
        Plan not = plan("avg hints used by groups not marked as escaped", TestCatalogs.escapeRooms());
        assertThat(sql(not)).contains("IS DISTINCT FROM ?");
        assertThat(not.ignored()).doesNotContain("not", "marked");
        Plan recorded = plan("avg hints used by groups marked as not escaped", TestCatalogs.escapeRooms());
        assertThat(sql(recorded)).contains("<> ?").doesNotContain("IS DISTINCT FROM");
    }

    @Test
    void theHourOfADateNamedAfterOfIsThatDatesHour() {
        Plan plan = plan("visits by hour of arrival", TestCatalogs.vendingRestocks());
        assertThat(sql(plan)).contains("hour(\"arrival_ts\")");
    }

    @Test
    void ticketsStillOpenExcludedAreThoseWithAnEnd() {
        Plan plan = plan("avg rating excluding open tickets", TestCatalogs.phoneRepairs());
        assertThat(sql(plan)).contains("IS NOT NULL");
        assertThat(plan.ignored()).isEmpty();
        Plan open = plan("how many tickets are still open", TestCatalogs.phoneRepairs());
        assertThat(sql(open)).contains("\"completedAt\", '%Y-%m-%dT%H:%M:%S') IS NULL");
    }

    @Test
    void revenueOfAPriceIsThePricesAddedUp() {
        Plan plan = plan("labour revenue by quarter for tickets received in 2024", TestCatalogs.phoneRepairs());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.ignored()).isEmpty();
        Plan avg = plan("avg labour price by store", TestCatalogs.phoneRepairs());
        assertThat(avg.aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void aWeightOfASubstanceAddsUpAWeightOfABodyDoesNot() {
        Plan honey = plan("honey kg by apiary and year", TestCatalogs.hiveInspections());
        assertThat(honey.aggregate()).isEqualTo(Aggregate.SUM);
        Plan penguins = plan("body mass by species", TestCatalogs.penguins());
        assertThat(penguins.aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void aMisspelledEnglishWordIsReadAsTheOneWordOneEditAway() {
        Plan plan = plan("avg visit lenght in minutes (arrival to departure)", TestCatalogs.vendingRestocks());
        assertThat(plan.notes()).contains("Taking “length” for “lenght”.");
        assertThat(sql(plan)).contains("date_diff('second', \"arrival_ts\", \"departure_ts\")");
    }
}
