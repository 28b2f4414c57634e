package io.insightx.keymanager.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a provider asks us to wait, wherever it says so: {@code Retry-After} (seconds or an HTTP date),
 * {@code ratelimit-reset}, {@code x-ratelimit-reset-requests}/{@code -tokens} ({@code 1s}, {@code 6m0s},
 * {@code 20ms}), or a {@code retryDelay} in the body ({@code "30s"}).
 */
final class RetryHints {

    private static final Pattern GO_DURATION = Pattern.compile("(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m(?!s))?"
            + "(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+(?:\\.\\d+)?)ms)?");
    private static final Pattern BODY_DELAY = Pattern.compile("\"retry_?[dD]elay\"\\s*:\\s*\"?(\\d+(?:\\.\\d+)?)s?\"?");
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryHints() {
    }

    static Optional<Duration> read(Function<String, String> header, String body, Clock clock) {
        return first(retryAfter(header.apply("Retry-After"), clock), seconds(header.apply("ratelimit-reset")),
                goDuration(header.apply("x-ratelimit-reset-requests")), goDuration(header.apply("x-ratelimit-reset-tokens")),
                bodyDelay(body));
    }

    static Optional<Duration> retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Duration> asSeconds = seconds(value);
        if (asSeconds.isPresent()) {
            return asSeconds;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait).map(RetryHints::bounded);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> seconds(String value) {
        if (value == null || !value.strip().matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(bounded(Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000))));
    }

    static Optional<Duration> goDuration(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = GO_DURATION.matcher(value.strip());
        if (!m.matches() || value.strip().isEmpty()) {
            return Optional.empty();
        }
        double ms = part(m.group(1)) * 3_600_000 + part(m.group(2)) * 60_000 + part(m.group(3)) * 1000 + part(m.group(4));
        return Optional.of(bounded(Duration.ofMillis(Math.round(ms))));
    }

    private static Optional<Duration> bodyDelay(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = BODY_DELAY.matcher(body);
        return m.find() ? seconds(m.group(1)) : Optional.empty();
    }

    private static double part(String group) {
        return group == null ? 0 : Double.parseDouble(group);
    }

    private static Duration bounded(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    @SafeVarargs
    private static Optional<Duration> first(Optional<Duration>... candidates) {
        for (Optional<Duration> c : candidates) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
