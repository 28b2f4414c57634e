package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.link.CaseVariants;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * One value an export writes several ways ("Web", "web", "Box Office ", "no-show", "noshow", "canceled", "cancelled"):
 * grouped, filtered and counted as one, shown in its most common spelling.
 */
class CaseVariantsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);
    private static final String ONE_SPELLING = "replace(regexp_replace(regexp_replace(lower(\"sales_channel\"), '-\\s*$', 'minus'), '[^\\p{L}\\p{N}+]+', '', 'g'), 'll', 'l')";

    @Test
    void groupsBySpellingsMadeOne() {
        Plan plan = PLANNER.plan("tickets sold by sales channel", TestCatalogs.ticketOrders());
        assertThat(SqlWriter.write(plan).sql()).contains("mode(trim(\"sales_channel\")) AS \"sales_channel\"")
                .contains("GROUP BY " + ONE_SPELLING);
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("\"Web\", \"web\"").contains("counted as one"));
    }

    @Test
    void filtersEverySpellingOfTheValueNamed() {
        Plan plan = PLANNER.plan("how many web orders were there?", TestCatalogs.ticketOrders());
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains(ONE_SPELLING + " = ?");
        assertThat(sql.params()).containsExactly("web");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aColumnWrittenOneWayIsLeftAlone() {
        Plan plan = PLANNER.plan("orders by tier", TestCatalogs.ticketOrders());
        assertThat(SqlWriter.write(plan).sql()).contains("\"tier\" AS \"tier\"").doesNotContain("lower(");
        assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("counted as one"));
        assertThat(SqlWriter.write(PLANNER.plan("how many distinct sales channels", TestCatalogs.ticketOrders())).sql())
                .contains("count(DISTINCT " + ONE_SPELLING + ")");
    }

    @Test
    void punctuationSpacesAndTheBritishDoubleLMakeNoOtherValue() {
        var noShows = SqlWriter.write(PLANNER.plan("how many no-shows did we have", TestCatalogs.reservations()));
        assertThat(noShows.params()).containsExactly("noshow");
        var cancelled = SqlWriter.write(PLANNER.plan("pct of reservations that got cancelled", TestCatalogs.reservations()));
        assertThat(cancelled.params()).contains("canceled").doesNotContain("cancelled");
        assertThat(CaseVariants.normal("No Show")).isEqualTo(CaseVariants.normal("no-show")).isEqualTo("noshow");
    }

    @Test
    void anAndWrittenAsAnAmpersandOrABritishSpellingMakesNoOtherValue() {
        assertThat(CaseVariants.normal("Bath & Brush")).isEqualTo(CaseVariants.normal("bath and brush"))
                .isEqualTo(CaseVariants.normal("Bath&Brush")).isEqualTo("bathbrush");
        assertThat(CaseVariants.normal("AI & ML")).isEqualTo(CaseVariants.normal("AI/ML"));
        assertThat(CaseVariants.normal("Sandhurst")).isEqualTo("sandhurst"); // "and" inside a word stays
        assertThat(CaseVariants.normal("Andover")).isEqualTo("andover");
        assertThat(CaseVariants.normal("Harbour Depot")).isEqualTo(CaseVariants.normal("harbor depot"));
        assertThat(CaseVariants.normal("Hour")).isEqualTo("hour"); // no "-our" of a word so short
        assertThat(CaseVariants.normal("Tours")).isEqualTo("tours");
    }

    @Test
    void aSignThatEndsTheValueMakesAnotherValue() {
        assertThat(CaseVariants.normal("O- ")).isEqualTo(CaseVariants.normal("o-")).isNotEqualTo(CaseVariants.normal("O+"));
        assertThat(CaseVariants.normal("AB+")).isEqualTo(CaseVariants.normal("ab +")).isNotEqualTo(CaseVariants.normal("AB"));
    }
}
