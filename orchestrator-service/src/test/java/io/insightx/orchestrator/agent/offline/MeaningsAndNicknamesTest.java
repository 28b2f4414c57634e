package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.SameMeanings;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * In a column that writes its values several ways, a rarer value of the same meaning as a more common one, or a
 * person's nickname or initial beside the full name, is counted as it and said as a reading taken.
 */
class MeaningsAndNicknamesTest {

    private static DataColumn column(String name) {
        Catalog marked = SameMeanings.marked(TestCatalogs.messyBookings(), TestCatalogs.LEXICON);
        return marked.column(name).orElseThrow();
    }

    @Test
    void aRarerValueOfTheSameMeaningIsCountedAsTheCommonOne() {
        assertThat(ValueForms.likely(column("Setting"))).containsExactlyEntriesOf(Map.of("Law", "Legal"));
        assertThat(ValueForms.likely(column("Paid By"))).containsExactlyEntriesOf(Map.of("check", "cheque"));
        // a kind of another value is not it: a senior is an adult, rugby a football, and each is counted apart
        assertThat(ValueForms.likely(column("Segment"))).containsExactlyEntriesOf(Map.of("Kids", "Child"));
        // a meaning each has only beyond its first: a headphone is a phone, a poster a card, in one of their senses
        assertThat(ValueForms.likely(column("Item"))).isEmpty();
    }

    @Test
    void theAnswerSaysItCountedThemAsOne() {
        Plan plan = plan("billed hours by setting", TestCatalogs.messyBookings());
        assertThat(plan.guessed()).isTrue();
        assertThat(plan.notes())
                .anyMatch(n -> n.contains("“Law” as “Legal”") && n.contains("nothing in the data"));
        assertThat(Plans.sql(plan)).contains("CASE WHEN");
    }

    @Test
    void aNicknameOrInitialBesideAFullNameIsThatPerson() {
        assertThat(ValueForms.likely(column("Interpreter"))).containsEntry("Bernie Quinn", "Bernadette Quinn")
                .containsEntry("B. Quinn", "Bernadette Quinn").containsEntry("Tommy H", "Tom Harker")
                // "G." may be Gareth or Gaz, who start alike in fewer than three letters: neither is taken
                .doesNotContainKeys("G. Moss", "Gaz Moss");
    }

    @Test
    void aLastWordManyValuesEndWithIsAKindNotASurname() {
        assertThat(ValueForms.likely(column("Office"))).doesNotContainKeys("Northgate Depot", "Nor Depot");
    }
}
