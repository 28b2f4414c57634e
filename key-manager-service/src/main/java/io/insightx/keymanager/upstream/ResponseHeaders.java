package io.insightx.keymanager.upstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.mutiny.core.MultiMap;

/**
 * The provider's response headers a caller may see. An allow-list, because providers send much a caller has no use
 * for and some of it is dangerous (an echoed {@code Authorization}, cookies, organisation names): the content type,
 * the wait hints, request ids and rate-limit figures pass, and none whose value carries a key.
 */
final class ResponseHeaders {

    private static final Set<String> ALLOWED = Set.of("content-type", "cache-control", "retry-after", "x-request-id",
            "request-id", "openai-processing-ms", "openai-model", "openai-version");
    private static final List<String> ALLOWED_PREFIXES = List.of("x-ratelimit-", "ratelimit-");

    private ResponseHeaders() {
    }

    static Map<String, List<String>> relayable(MultiMap upstream, KeyScrubber keys) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : upstream.names()) {
            List<String> values = upstream.getAll(name);
            if (allowed(name) && values.stream().noneMatch(keys::mentionsKey)) {
                headers.put(name, values);
            }
        }
        return headers;
    }

    private static boolean allowed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ALLOWED.contains(lower) || ALLOWED_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
