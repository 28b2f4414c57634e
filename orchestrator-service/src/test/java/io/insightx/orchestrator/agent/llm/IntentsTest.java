package io.insightx.orchestrator.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.Intent;
import org.junit.jupiter.api.Test;

class IntentsTest {

    @Test
    void intentsAreReadAsModelsWriteThem() {
        assertThat(Intents.parse("SQL-THEN-PY")).contains(Intent.SQL_THEN_PY);
        assertThat(Intents.parse("sql then python")).contains(Intent.SQL_THEN_PY);
        assertThat(Intents.parse(" sql_only ")).contains(Intent.SQL_ONLY);
        assertThat(Intents.parse("Explain")).contains(Intent.EXPLAIN_ONLY);
        assertThat(Intents.parse("python")).contains(Intent.PY_ONLY);
    }

    @Test
    void anythingElseIsNoIntent() {
        assertThat(Intents.parse("chart")).isEmpty();
        assertThat(Intents.parse(null)).isEmpty();
    }
}
