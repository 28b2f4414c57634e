package io.insightx.keymanager.upstream;

import java.time.Duration;

/** The provider said nothing for too long: before its answer's head, or in the middle of its body. */
final class UpstreamTimeoutException extends RuntimeException {

    UpstreamTimeoutException(String what, Duration limit) {
        super("The LLM provider sent no " + what + " within " + readable(limit) + ".", null, false, false);
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
