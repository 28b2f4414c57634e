package io.insightx.orchestrator.agent;

import java.util.Optional;

import io.insightx.orchestrator.agent.llm.LlmBrain;
import io.insightx.orchestrator.client.KeyManagerClient;
import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks the brain for a question by {@code insightx.agents.mode}: {@code llm}, {@code offline}, or {@code auto}
 * (the LLM when key-manager has a usable key). Empty when the chosen brain is not available.
 */
@ApplicationScoped
public class BrainSelector {

    private final LlmBrain llm;
    private final KeyManagerClient keys;
    private final String mode;

    public BrainSelector(LlmBrain llm, KeyManagerClient keys, OrchestratorConfig config) {
        this.llm = llm;
        this.keys = keys;
        this.mode = config.agents().mode();
    }

    public Optional<Brain> select() {
        return switch (mode) {
            case "llm" -> Optional.of(llm);
            case "offline" -> Optional.empty();
            default -> keys.hasUsableKey() ? Optional.of(llm) : Optional.empty();
        };
    }
}
