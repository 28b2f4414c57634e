package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A session as the session list shows it: its title (untitled, its first question, else its first dataset's name),
 * its datasets' names, and its latest chat to reopen, with when it was last used.
 */
@RegisterForReflection
public record SessionSummary(UUID id, String title, List<String> datasets, UUID lastChatId, Instant createdAt,
        Instant lastActiveAt) {
}
