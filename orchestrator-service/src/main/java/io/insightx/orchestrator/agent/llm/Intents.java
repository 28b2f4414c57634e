package io.insightx.orchestrator.agent.llm;

import java.util.Locale;
import java.util.Optional;

import io.insightx.orchestrator.agent.Intent;

/** An intent as models write it ({@code SQL-THEN-PY}, {@code sql then python}, {@code Explain}) to the enum. */
final class Intents {

    private Intents() {
    }

    static Optional<Intent> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String name = written.toUpperCase(Locale.ROOT).replace("PYTHON", "PY").replaceAll("[^A-Z]+", "_")
                .replaceAll("^_+|_+$", "");
        for (String candidate : new String[] {name, name + "_ONLY", name.replace("_AND_", "_THEN_")}) {
            try {
                return Optional.of(Intent.valueOf(candidate));
            } catch (IllegalArgumentException e) {
                // not this spelling; try the next
            }
        }
        return Optional.empty();
    }
}
