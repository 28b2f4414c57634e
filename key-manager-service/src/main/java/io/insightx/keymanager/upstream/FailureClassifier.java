package io.insightx.keymanager.upstream;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.keymanager.key.Failure;

/**
 * Decides whether an upstream answer is the key's fault, and which kind. Request errors (400, 404, 422…) are
 * not: they go back to the caller untouched. Some providers report errors inside a 200 body (Bytez:
 * {@code {"error": "...", "output": null}}); those are read by their message.
 */
final class FailureClassifier {

    private static final Pattern QUOTA = Pattern.compile("(?i)credit|quota|billing|insufficient|payment|balance");
    private static final Pattern RATE = Pattern.compile("(?i)rate.?limit|too many requests|concurren|slow down");
    private static final Pattern REJECTED = Pattern.compile("(?i)unauthori[sz]ed|invalid.{0,20}key|api.?key|forbidden|authenticat");

    private final String bodyErrorField;
    private final ObjectMapper json;
    private final Clock clock;

    FailureClassifier(String bodyErrorField, ObjectMapper json, Clock clock) {
        this.bodyErrorField = bodyErrorField;
        this.json = json;
        this.clock = clock;
    }

    Optional<Failure> classify(int status, Function<String, String> header, String body) {
        Optional<Duration> retryAfter = RetryHints.read(header, body, clock);
        if (status == 429) {
            boolean quota = body != null && QUOTA.matcher(body).find();
            return Optional.of(new Failure(quota ? Failure.Kind.QUOTA : Failure.Kind.RATE_LIMITED, status, retryAfter));
        }
        if (status == 402) {
            return Optional.of(new Failure(Failure.Kind.QUOTA, status, retryAfter));
        }
        if (status == 401 || status == 403) {
            return Optional.of(new Failure(Failure.Kind.REJECTED, status, retryAfter));
        }
        if (status >= 500 || status == 408) {
            return Optional.of(new Failure(Failure.Kind.SERVER_ERROR, status, retryAfter));
        }
        if (status >= 200 && status < 300) {
            return errorInBody(body).map(message -> inBody(message, retryAfter));
        }
        return Optional.empty();
    }

    private static Failure inBody(String message, Optional<Duration> retryAfter) {
        if (QUOTA.matcher(message).find()) {
            return new Failure(Failure.Kind.QUOTA, 402, retryAfter);
        }
        if (REJECTED.matcher(message).find()) {
            return new Failure(Failure.Kind.REJECTED, 401, retryAfter);
        }
        if (RATE.matcher(message).find()) {
            return new Failure(Failure.Kind.RATE_LIMITED, 429, retryAfter);
        }
        return new Failure(Failure.Kind.SERVER_ERROR, 502, retryAfter);
    }

    /** The error message of a 200 body that carries {@code bodyErrorField} and no {@code choices}. */
    private Optional<String> errorInBody(String body) {
        if (body == null || bodyErrorField.isBlank() || !body.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(body);
            JsonNode error = node.path(bodyErrorField);
            if (error.isMissingNode() || error.isNull() || node.has("choices") || node.has("data")) {
                return Optional.empty();
            }
            return Optional.of(error.isTextual() ? error.asText() : error.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
