package io.insightx.keymanager.upstream;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.insightx.keymanager.key.ApiKey;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Removes key material from what the provider sends back. A provider may echo the key it was given (an error body
 * such as "Incorrect API key provided: sk-…", a debugging header): every configured key's value is replaced, wherever
 * it stands, so that a {@code Bearer <key>} or a bare key reaches no caller.
 */
final class KeyScrubber {

    static final String REDACTED = "[redacted]";

    private final List<String> secrets;

    KeyScrubber(List<ApiKey> keys) {
        // Longest first, so that a key that contains another is replaced whole.
        this.secrets = keys.stream().map(ApiKey::secret).filter(Objects::nonNull).filter(s -> !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    boolean mentionsKey(String text) {
        return text != null && secrets.stream().anyMatch(text::contains);
    }

    String scrub(String text) {
        if (!mentionsKey(text)) {
            return text;
        }
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, REDACTED);
        }
        return clean;
    }

    /**
     * A stream's chunks without keys. A key split across two chunks is caught by holding back each chunk's unfinished
     * line until its end arrives: a stream of server-sent events is read by whole lines anyway, and a newline byte
     * never falls inside a UTF-8 character.
     */
    Multi<Buffer> scrubLines(Multi<Buffer> chunks) {
        return Multi.createFrom().deferred(() -> {
            Buffer[] unfinished = {Buffer.buffer()};
            return chunks.map(chunk -> {
                Buffer all = unfinished[0].appendBuffer(chunk);
                int end = lastNewline(all) + 1;
                unfinished[0] = all.getBuffer(end, all.length());
                return scrub(all.getBuffer(0, end));
            }).onCompletion().continueWith(() -> List.of(scrub(unfinished[0]))).select().where(b -> b.length() > 0);
        });
    }

    private static int lastNewline(Buffer buffer) {
        for (int i = buffer.length() - 1; i >= 0; i--) {
            if (buffer.getByte(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The same buffer when it carries no key (the usual case, without a copy). */
    Buffer scrub(Buffer body) {
        String text = body.toString();
        return mentionsKey(text) ? Buffer.buffer(scrub(text)) : body;
    }
}
