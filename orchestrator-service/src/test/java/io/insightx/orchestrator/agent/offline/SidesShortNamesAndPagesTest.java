package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * A rarer value written short in a column that writes its values several ways is counted as the common one, as a
 * reading said; initials written more often than their words name the value; a difference between two values of such
 * a column, or between the two sides of a yes/no, is taken; the rows named by their main date's verb, "the most lost
 * phones" and a column named as a question are read.
 */
class SidesShortNamesAndPagesTest {

    @Test
    void aRarerValueWrittenShortIsCountedAsTheCommonOneAndSaidAsAReading() {
        Catalog items = TestCatalogs.lostProperty();
        assertThat(ValueForms.likely(items.column("Station").orElseThrow())).containsExactlyEntriesOf(
                java.util.Map.of("Airport", "Airport Link"));
        Plan plan = plan("items per station", items);
        assertThat(plan.guessed()).isTrue();
        assertThat(plan.notes()).anyMatch(n -> n.contains("“Airport” as “Airport Link”") && n.contains("nothing in"));
        // a kind of a value ("Baby grand") and a tier more common than its plus ("Gold") are no value written short
        assertThat(ValueForms.of(items.column("Style").orElseThrow()))
                .doesNotContainKeys("Baby grand", "Gold", "Gold Plus");
    }

    @Test
    void initialsTheDataWritesMoreOftenThanTheirWordsNameTheValue() {
        assertThat(ValueForms.of(TestCatalogs.lostProperty().column("Language").orElseThrow()))
                .containsEntry("British Sign Language", "BSL").containsEntry("Irish Sign Language", "ISL");
    }

    @Test
    void theDifferenceOfTwoValuesComparesTheirOneSpelling() {
        Plan plan = plan("how much higher is the avg phone value than avg headphones value",
                TestCatalogs.lostProperty());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.DIFFERENCE);
        // each side as its filter reads it, never "Phone" against the column's one spelling "phone"
        assertThat(SqlWriter.write(plan).params()).contains("phone", "headphones").doesNotContain("Phone");
        assertThat(Interpretation.of(plan))
                .startsWith("Subtracted the average est value for Headphones from that for Phone");
    }

    @Test
    void howMuchHigherWhenAYesNoHeldThanWhenNotIsTheDifferenceOfItsTwoSides() {
        for (String q : new String[] {
                "how much higher is the avg job price when a cctv survey was done vs when it wasnt",
                "difference in avg price between jobs with a cctv survey and without"}) {
            Plan plan = plan(q, TestCatalogs.sweepJobs());
            assertThat(plan.kind()).as(q).isEqualTo(Plan.Kind.DIFFERENCE);
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(plan.groups()).as(q).isEmpty();
            // the other side keeps the rows left blank: a blank is no yes
            assertThat(sql(plan)).as(q).contains("IS DISTINCT FROM ?");
        }
        assertThat(Interpretation.of(plan("difference in avg price between jobs with a cctv survey and without",
                TestCatalogs.sweepJobs()))).startsWith("Subtracted the average price without cctv survey from");
        // both sides shown, no difference asked
        Plan both = plan("avg job price with a cctv survey vs without", TestCatalogs.sweepJobs());
        assertThat(both.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(both.groups()).hasSize(1);
    }

    @Test
    void moneyBroughtInIsTheDataMoneyAndHowMuchMoreIsItsDifference() {
        Plan plan = plan("how much more did wood burners bring in than open fires", TestCatalogs.sweepJobs());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.DIFFERENCE);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("price");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void thingsThatDidSomethingWithUsThatManyTimesAreCountedByTheirKey() {
        Plan plan = plan("how many advertisers booked with us more than 100 times", TestCatalogs.radioSlots());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.GroupSize);
    }

    @Test
    void theRowsNamedByTheVerbOfTheirMainDateAreEveryRow() {
        Plan plan = plan("items found per station", TestCatalogs.lostProperty());
        assertThat(plan.understood()).isTrue();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("Station");
        Plan weekends = plan("# items found on wkends", TestCatalogs.lostProperty());
        assertThat(weekends.ignored()).isEmpty();
        assertThat(weekends.filters()).anyMatch(f -> f instanceof Filter.During d
                && d.period().weekdays().equals(java.util.List.of(6, 7)));
    }

    @Test
    void theMostLostPhonesCountsThePhones() {
        Plan plan = plan("which station gets the most lost phones", TestCatalogs.lostProperty());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
    }

    @Test
    void aColumnNamedAsAQuestionIsAYesNoNotAKey() {
        assertThat(TestCatalogs.lostProperty().column("ID Shown?").orElseThrow().role()).isEqualTo(ColumnRole.FLAG);
    }
}
