package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/** Thousands of titles: a title that starts with "All" is no totals row, nor three capitals a short form. */
class FilmTitlesTest {

    @Test
    void aTitleThatStartsWithAllIsNoTotalsRow() {
        Plan plan = plan("movies released per year", TestCatalogs.filmTitles());
        assertThat(sql(plan)).doesNotContain("Title");
        assertThat(plan.notes()).noneMatch(n -> n.contains("totals"));
    }

    @Test
    void lettersInOrderAmongThousandsOfTitlesAreNoShortForm() {
        Plan plan = plan("how many films are rated R", TestCatalogs.filmTitles());
        assertThat(plan.notes()).noneMatch(n -> n.contains("PCU"));
    }
}
