package io.insightx.keymanager.key;

import java.time.Duration;
import java.util.Optional;

/** Why a key failed one call, as the upstream told it; {@code status} is 0 for network failures. */
public record Failure(Kind kind, int status, Optional<Duration> retryAfter) {

    public enum Kind {
        /** 429: the key is rate-limited for a while. */
        RATE_LIMITED,
        /** 402, or a 429 that speaks of credits, quota or billing: the key's money is gone for a long while. */
        QUOTA,
        /** 401 or 403: the key is revoked or wrong. */
        REJECTED,
        /** 5xx from the upstream. */
        SERVER_ERROR,
        /** Connection refused or dropped. */
        UNREACHABLE,
        /** No answer, or no next chunk, in time. */
        TIMEOUT
    }

    /** The short reason shown in headers and events: "429", "402", "401", "500", "timeout", "unreachable". */
    public String reason() {
        return switch (kind) {
            case TIMEOUT -> "timeout";
            case UNREACHABLE -> "unreachable";
            default -> Integer.toString(status);
        };
    }
}
