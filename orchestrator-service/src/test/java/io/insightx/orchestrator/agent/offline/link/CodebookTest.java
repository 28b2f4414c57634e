package io.insightx.orchestrator.agent.offline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CodebookTest {

    @Test
    void aLegendInTheNameNamesTheCodes() {
        assertThat(Codebook.of("priority (1=urgent 2=normal 3=routine)"))
                .containsExactly(Map.entry("1", "urgent"), Map.entry("2", "normal"), Map.entry("3", "routine"));
        assertThat(Codebook.of("smoker (0 = no, 1 = yes)")).containsExactly(Map.entry("0", "no"), Map.entry("1", "yes"));
        assertThat(Codebook.of("status [A: active; I: inactive]")).containsEntry("A", "active").containsEntry("I", "inactive");
    }

    @Test
    void unitsAndSingleEntriesAreNoLegend() {
        assertThat(Codebook.of("Beak Length (mm)")).isEmpty();
        assertThat(Codebook.of("Unit Price ($)")).isEmpty();
        assertThat(Codebook.of("score (1=low)")).isEmpty();
    }
}
