package io.insightx.orchestrator.agent;

import io.insightx.orchestrator.agent.llm.LlmBrain;
import io.insightx.orchestrator.agent.offline.OfflineBrain;
import io.insightx.orchestrator.client.KeyManagerClient;
import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks the brain for a question by {@code insightx.agents.mode}: {@code llm}, {@code offline}, or {@code auto}
 * (the LLM when key-manager has a usable key, the offline analyst otherwise).
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

    public Brain select() {
        return switch (mode) {
            case "llm" -> llm;
            case "offline" -> offline;
            default -> keys.hasUsableKey() ? llm : offline;
        };
    }
}
