package io.insightx.orchestrator.agent;

import java.time.Instant;
import java.util.Optional;

/**
 * The brain that answers a question, and, when the offline analyst stands in for the LLM, why ({@code reason}) and
 * until when ({@code until}: the first cooling key's recovery), for the person to be told.
 */
public record BrainChoice(Brain brain, String mode, Optional<String> reason, Optional<Instant> until) {

    public static BrainChoice as(Brain brain, String mode) {
        return new BrainChoice(brain, mode, Optional.empty(), Optional.empty());
    }

    public static BrainChoice standIn(Brain offline, String reason, Optional<Instant> until) {
        return new BrainChoice(offline, "offline", Optional.of(reason), until);
    }
}
