package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import org.junit.jupiter.api.Test;

/** A piece of a name read as the whole name, and said: "cardinal" for Northern Cardinal, "wing span" for wingspan. */
class NamePiecesTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void oneWordOfOneValueNamesThatValue() {
        Plan plan = PLANNER.plan("avg wingspan of the cardinal", TestCatalogs.birds());
        assertThat(plan.filters()).singleElement()
                .isEqualTo(new Filter.Values(plan.filters().get(0).column(), List.of("Northern Cardinal"), false));
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).contains("Taking “Northern Cardinal” for “cardinal”.");
        Plan possessive = PLANNER.plan("the sparrow's average wingspan", TestCatalogs.birds());
        assertThat(possessive.filters()).singleElement().satisfies(f -> assertThat(f.words()).contains("House Sparrow"));
    }

    @Test
    void twoWordsTheDataWritesAsOneAreThatWord() {
        Plan span = PLANNER.plan("average wing span by state", TestCatalogs.birds());
        assertThat(span.measure().name()).isEqualTo("wingspan_cm");
        assertThat(span.ignored()).isEmpty();
        Plan blackbirds = PLANNER.plan("total sightings of black birds in ohio", TestCatalogs.birds());
        assertThat(blackbirds.filters()).anySatisfy(f -> assertThat(f.words()).contains("Red-winged Blackbird"));
    }

    @Test
    void aWordOfNoValueIsStillReported() {
        assertThat(PLANNER.plan("avg wingspan of the owls", TestCatalogs.birds()).ignored()).contains("owls");
    }

    @Test
    void aWordForAnIdeaNamesNoValueThatHoldsIt() {
        // "score" is a word of one title ("The Score") and "energy" of one source (Nuclear Energy): neither is named
        Plan plan = PLANNER.plan("list the energy sources", TestCatalogs.electricity());
        assertThat(plan.filters()).isEmpty();
    }

    @Test
    void aWordForPeopleThatBeginsWithACodeNamesThatCode() {
        Plan plan = PLANNER.plan("total receipts of republicans", TestCatalogs.candidates());
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.words()).contains("REP"));
        assertThat(plan.notes()).contains("Taking “REP” for “republicans”.");
        assertThat(plan.ignored()).isEmpty();
        assertThat(PLANNER.plan("how many democrats are there", TestCatalogs.candidates()).filters())
                .singleElement().satisfies(f -> assertThat(f.words()).contains("DEM"));
        // a share of the candidates is a share of rows: their names are counted, never summed
        Plan share = PLANNER.plan("what share of candidates are democrats", TestCatalogs.candidates());
        assertThat(share.measure()).isNull();
        assertThat(io.insightx.orchestrator.agent.offline.sql.SqlWriter.write(share).sql())
                .contains("count(*) FILTER (WHERE \"Party_Affiliation\" = ?) / count(*)");
    }
}
