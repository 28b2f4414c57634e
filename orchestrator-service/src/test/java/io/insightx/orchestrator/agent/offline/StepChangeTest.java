package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.answer.AnswerWriter;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Changes from each period to the one before it ("year over year", "from one year to the next", "vs the month
 * before"): listed, ranked or counted, never a figure per period with the change words reported unused.
 */
class StepChangeTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void yearOverYearListsEachYearsChangeFromTheYearBefore() {
        for (String q : new String[] {"year over year change in ibm's avg price", "yoy change in the average price of IBM",
                "ibm avg price: change from one year to the next"}) {
            Plan plan = PLANNER.plan(q, TestCatalogs.stocks());
            assertThat(plan.kind()).as(q).isEqualTo(Plan.Kind.STEPS);
            assertThat(plan.aggregate()).as(q).isEqualTo(Aggregate.AVG);
            assertThat(plan.groups()).as(q).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.YEAR));
            assertThat(plan.filters()).as(q).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("symbol"));
            assertThat(plan.limit()).as(q).isNull();
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(SqlWriter.write(plan).sql()).as(q).contains("lag(\"avg_price\") OVER (ORDER BY \"year\")");
        }
    }

    @Test
    void theBiggestJumpRanksTheChangesAndADropRanksTheMostNegativeFirst() {
        Plan jump = PLANNER.plan("biggest one-year jump in net generation - which year", TestCatalogs.electricity());
        assertThat(jump.kind()).isEqualTo(Plan.Kind.STEPS);
        assertThat(jump.limit()).isEqualTo(1);
        assertThat(jump.descending()).isTrue();
        assertThat(jump.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("year");
            assertThat(g.grain()).isNull(); // a year number is its own period
        });
        assertThat(jump.ignored()).isEmpty();
        Plan drop = PLANNER.plan("biggest drop in wheat price from one reading to the next", TestCatalogs.wheat());
        assertThat(drop.kind()).isEqualTo(Plan.Kind.STEPS);
        assertThat(drop.descending()).isFalse();
        assertThat(drop.ignored()).isEmpty();
    }

    @Test
    void howManyTimesItFellCountsTheFalls() {
        Plan plan = PLANNER.plan("in how many months did the price of msft go down vs the month before", TestCatalogs.stocks());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.STEPS);
        assertThat(plan.stepsCounted()).isEqualTo(Plan.Direction.FALL);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("count(*) FILTER (WHERE \"change\" < 0) AS \"falls\"");
    }

    @Test
    void oneNamedPeriodAgainstTheOneBeforeIsAChangeBetweenTwoPeriods() {
        Plan plan = PLANNER.plan("how much did net generation change in 2010 vs the previous year", TestCatalogs.electricity());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.change()).extracting(p -> p.from().getYear()).containsExactly(2009, 2010);
        assertThat(plan.filters()).isEmpty();
    }

    @Test
    void twoPeriodsNamedStayAChangeBetweenThem() {
        Plan plan = PLANNER.plan("yoy change in net generation 2017 vs 2016", TestCatalogs.electricity());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
    }

    @Test
    void theLargestMonthlyRiseIsAStepButMonthlyTotalsAreNot() {
        Plan rise = PLANNER.plan("largest monthly increase in commits", TestCatalogs.commits());
        assertThat(rise.kind()).isEqualTo(Plan.Kind.STEPS);
        assertThat(rise.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
        Plan totals = PLANNER.plan("monthly commits", TestCatalogs.commits());
        assertThat(totals.kind()).isNotEqualTo(Plan.Kind.STEPS);
    }

    @Test
    void theAnswerNamesThePeriodOfTheBiggestChangeAndCountsInTheQuestionsTerms() {
        Plan jump = PLANNER.plan("biggest one-year jump in net generation", TestCatalogs.electricity());
        ObjectNode ranked = TestCatalogs.JSON.createObjectNode();
        ranked.putArray("rows").addArray().add(2008).add(3310.0).add(550.0).add(19.9);
        assertThat(AnswerWriter.write(jump, ranked))
                .startsWith("The biggest rise in the total net generation from the year before came in **2008**: **+550**")
                .contains("(to 3,310, +19.9%)");
        Plan falls = PLANNER.plan("in how many years did net generation go down vs the year before", TestCatalogs.electricity());
        ObjectNode counted = TestCatalogs.JSON.createObjectNode();
        ArrayNode row = counted.putArray("rows").addArray();
        row.add(5).add(16);
        assertThat(AnswerWriter.write(falls, counted)).startsWith("**5** of the 16 changes from one year to the next were falls");
    }

    @Test
    void aChangeAskedAsADropIsSaidAsADropOrPlainlyAsTheRiseItWas() {
        Plan drop = PLANNER.plan("how much did net generation drop from 2005 to 2010", TestCatalogs.electricity());
        assertThat(drop.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(io.insightx.orchestrator.agent.offline.sql.SqlWriter.write(drop).sql()).contains("AS \"drop\"");
        ObjectNode fell = TestCatalogs.JSON.createObjectNode();
        fell.putArray("columns").addObject().put("name", "drop");
        fell.putArray("rows").addArray().add(200.0).add(5.0).add(4000.0).add(3800.0);
        assertThat(AnswerWriter.write(drop, fell)).contains("to **3,800** in 2010: a drop of **200** (5.0%).");
        ObjectNode rose = TestCatalogs.JSON.createObjectNode();
        rose.putArray("columns").addObject().put("name", "drop");
        rose.putArray("rows").addArray().add(-200.0).add(-5.0).add(4000.0).add(4200.0);
        assertThat(AnswerWriter.write(drop, rose)).contains(": not a drop but a rise of **200** (+5.0%).");
    }
}
