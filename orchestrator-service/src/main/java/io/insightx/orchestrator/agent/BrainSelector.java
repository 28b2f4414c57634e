package io.insightx.orchestrator.agent;

import io.insightx.orchestrator.agent.llm.LlmBrain;
import io.insightx.orchestrator.agent.offline.OfflineBrain;
import io.insightx.orchestrator.client.KeyManagerClient;
import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks the brain for a question by {@code insightx.agents.mode}: {@code llm}, {@code offline}, or {@code auto}
 * (the LLM when key-manager has a usable key, the offline analyst otherwise, saying why and until when).
 */
@ApplicationScoped
public class BrainSelector {

    private final LlmBrain llm;
    private final OfflineBrain offline;
    private final KeyManagerClient keys;
    private final String mode;

    public BrainSelector(LlmBrain llm, OfflineBrain offline, KeyManagerClient keys, OrchestratorConfig config) {
        this.llm = llm;
        this.offline = offline;
        this.keys = keys;
        this.mode = config.agents().mode();
    }

    public BrainChoice select() {
        return switch (mode) {
            case "llm" -> BrainChoice.as(llm, "llm");
            case "offline" -> BrainChoice.as(offline, "offline");
            default -> auto();
        };
    }

    private BrainChoice auto() {
        KeyManagerClient.KeyPool pool = keys.pool();
        if (pool.usable()) {
            return BrainChoice.as(llm, "llm");
        }
        String why;
        if (!pool.reachable()) {
            why = "The LLM gateway (key-manager) is not reachable";
        } else if (pool.keys() == 0) {
            why = "No LLM key is configured";
        } else if (pool.firstRecovery().isPresent()) {
            why = "Every LLM key is cooling down after rate limits or quota";
        } else {
            why = "Every LLM key is disabled";
        }
        return BrainChoice.standIn(offline, why + ", so the offline analyst answers.", pool.firstRecovery());
    }
}
