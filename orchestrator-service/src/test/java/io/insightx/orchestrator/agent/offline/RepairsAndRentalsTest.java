package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * A technician named short beside their notes, a count beside another figure, customers' spend, a yes/no group's
 * blanks, a finished status said three ways, work nouns, times of day kept apart from the date, pieces, things still
 * waiting, a thing asked of that the data lacks, rows in order, response times, units said in place, a breakdown,
 * blanks read as a value.
 */
class RepairsAndRentalsTest {

    @Test
    void aWordCutFromANameNamesThatNameNotTheNotesItModifies() {
        Plan plan = plan("which tech has the fastest avg response time", TestCatalogs.locksmithCallouts());
        assertThat(plan.groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("technician_name"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aLevelOfEachThingAveragedAcrossThemIsTakenOncePerThing() {
        Plan plan = plan("avg years of experience across our techs", TestCatalogs.locksmithCallouts());
        assertThat(sql(plan)).contains("technician_name");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aCountOfThingsBesideAnAverageIsTwoFiguresNotASummary() {
        Plan plan = plan("job count and avg invoice by bike type", TestCatalogs.bikeRepairs());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(sql(plan)).contains("count(*)").contains("avg(\"total_invoice\")").doesNotContain("median(");
    }

    @Test
    void whatCustomersSpendIsWhatTheyPaidNotTheCosts() {
        Plan plan = plan("top 5 customers by total spend", TestCatalogs.bikeRepairs());
        assertThat(plan.measure().name()).isEqualTo("total_invoice");
        assertThat(plan("total parts spend", TestCatalogs.bikeRepairs()).measure().name())
                .isEqualTo("Parts Cost (USD)");
    }

    @Test
    void aStoreWrittenAsItsInitialAndAHyphenIsThatStore() {
        List<String> own = List.of("store");
        assertThat(ValueForms.sameValue("E-side", "east side", own, true)).isTrue();
        assertThat(ValueForms.sameValue("done", "Completed", List.of("status"), true)).isTrue();
        assertThat(ValueForms.sameValue("done", "Cancelled", List.of("status"), true)).isFalse();
    }

    @Test
    void aYesOrNoGroupCountsItsBlanksWithTheNoes() {
        Plan plan = plan("guided vs not guided: number of rentals and avg price", TestCatalogs.kayakRentals());
        assertThat(sql(plan)).contains("coalesce((lower(trim(\"guide_included\"))");
        assertThat(plan.notes()).anyMatch(n -> n.contains("guide_included left blank are counted as no"));
    }

    @Test
    void jobsSaidAfterAStatusAreTheRows() {
        Plan plan = plan("total callout fees billed on completed jobs in 2024", TestCatalogs.locksmithCallouts());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).anyMatch(n -> n.contains("“done” as “completed”"));
    }

    @Test
    void theTimeBetweenTwoTimesOfDayIsInMinutes() {
        Plan plan = plan("avg trip length in mins for canoes", TestCatalogs.kayakRentals());
        assertThat(sql(plan)).contains("date_diff('second', \"start_time\", \"returnTime\") / 60.0")
                .doesNotContain("AS DATE");
        assertThat(plan("which boat type has the longest avg rental", TestCatalogs.kayakRentals()).measure().name())
                .startsWith("minutes from start_time");
    }

    @Test
    void piecesAreCountedInTheQuantity() {
        Plan plan = plan("how many pieces did riverside bring in", TestCatalogs.dryCleaning());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("qty");
    }

    @Test
    void thingsStillWaitingToBeDoneLackTheirDate() {
        Plan plan = plan("how many tickets are still waiting to be picked up", TestCatalogs.dryCleaning());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.Lacking.class);
        Plan uncollected = plan("how many jobs are still uncollected", TestCatalogs.bikeRepairs());
        assertThat(sql(uncollected)).contains("\"date_out\" IS NULL");
    }

    @Test
    void aDateNamedAsOneWordOfAVerbAndItsParticleIsThatDate() {
        Plan plan = plan("avg days between drop off and pickup", TestCatalogs.dryCleaning());
        assertThat(plan.understood()).isTrue();
        assertThat(plan.measure().name()).contains("picked_up");
    }

    @Test
    void aThingAskedOfThatTheDataDoesNotHoldIsRefused() {
        Plan plan = plan("which lock brand fails most often", TestCatalogs.locksmithCallouts());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(plan.notes()).anyMatch(n -> n.contains("“brand”"));
    }

    @Test
    void biggestFirstListsEveryRowInThatOrder() {
        Plan plan = plan("list jobs invoiced over $500 - job id and amount, biggest first", TestCatalogs.bikeRepairs());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MATCHES);
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("ORDER BY \"total_invoice\" DESC");
    }

    @Test
    void aUnitSaidOfAnEndIsTheTimeToItNotAColumnOfThatUnit() {
        Plan plan = plan("avg response mins per technician", TestCatalogs.locksmithCallouts());
        assertThat(plan.measure().name()).startsWith("minutes from received_at to arrived_at");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aUnitSaidInPlaceOfTheNamesUnitConvertsIt() {
        Plan plan = plan("total labour hours mia chen put in", TestCatalogs.locksmithCallouts());
        assertThat(sql(plan)).contains("\"billing_labour_min\" / 60.0");
    }

    @Test
    void aQuestionWordTypedWithTwoLettersSwappedIsThatWord() {
        Plan plan = plan("whcih mechanic brought in the most revenue", TestCatalogs.bikeRepairs());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.limit()).isEqualTo(1);
    }

    @Test
    void aBreakdownGivesEachValuesCountAndShare() {
        Plan plan = plan("status breakdown with pct of total", TestCatalogs.locksmithCallouts());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("AS \"percent\"").contains("count(*) AS \"rows\"");
    }

    @Test
    void blanksSaidToBeAValueAreCountedAsIt() {
        Plan plan = plan("ticket count by loyalty tier (blank = none)", TestCatalogs.dryCleaning());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.ignored()).isEmpty();
        var statement = SqlWriter.write(plan);
        assertThat(statement.sql()).contains("WHEN nullif(trim(\"Loyalty Tier\"), '') IS NULL THEN ?");
        assertThat(statement.params()).contains("None");
        assertThat(plan.notes()).anyMatch(n -> n.contains("Reading blank Loyalty Tier as “None”"));
    }

    @Test
    void moneySaidAfterAnAmountIsThatAmount() {
        Plan plan = plan("which service brings in the most parts revenue", TestCatalogs.locksmithCallouts());
        assertThat(plan.measure().name()).isEqualTo("billing_parts_usd");
        assertThat(plan.ignored()).isEmpty();
        assertThat(Interpretation.of(plan)).contains("billing parts usd");
    }
}
