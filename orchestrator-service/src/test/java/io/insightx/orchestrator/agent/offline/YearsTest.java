package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Years asked about in a table of one figure a year: a year is never a number compared with a small value, the first
 * year with something is the year asked for (no period of the data), and the data's only measure is what a word the
 * data never says must mean, said so.
 */
class YearsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static Plan plan(String question) {
        return PLANNER.plan(question, TestCatalogs.yearlyTemps());
    }

    @Test
    void aYearIsNeverComparedWithANumberNoYearCanBe() {
        Plan plan = plan("how many years had temp above 0.8");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("temp"));
    }

    @Test
    void aWordTheDataNeverSaysIsTheOnlyMeasureSaidAsAGuess() {
        Plan plan = plan("how many years had an anomaly above 0.8");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isTrue();
        assertThat(plan.notes()).anyMatch(n -> n.contains("Taking temp for 'anomaly'"));
        assertThat(plan.filters()).singleElement().isEqualTo(new Filter.Compare(plan.filters().get(0).column(), ">", 0.8));
    }

    @Test
    void theFirstYearWithSomethingIsTheYearAskedFor() {
        for (String q : new String[] {"first year with temp above 0.5", "earliest year with temp above 0.5"}) {
            Plan plan = plan(q);
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(plan.kind()).as(q).isEqualTo(Plan.Kind.ROWS);
            assertThat(SqlWriter.write(plan).sql()).as(q).contains("WHERE \"temp\" > ?")
                    .contains("ORDER BY \"year\" ASC").doesNotContain("\"year\" >= ?");
        }
        // a period of the data's own years stays one: "in the first year"
        Plan period = plan("avg temp in the first year");
        assertThat(period.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(SqlWriter.write(period).params()).containsExactly(1880, 1881);
    }

    @Test
    void aVerbAndItsParticleAreReadAsThePhraseMeans() {
        Plan up = plan("how much did temp go up from 1950 to 2000");
        assertThat(up.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(up.ignored()).isEmpty();
        Plan either = plan("did temp go up or down between 1950 and 2000");
        assertThat(either.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(either.ignored()).isEmpty();
        assertThat(SqlWriter.write(either).sql()).contains("AS \"change\"").doesNotContain("AS \"drop\"");
        assertThat(TestCatalogs.tokenizer().tokens("prices went down").get(1).lemmas()).contains("fall");
    }
}
