package io.insightx.keymanager.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One upstream API key. The secret leaves this service only in the upstream's auth header: {@code toString}
 * shows the id and fingerprint, never the secret, so a key cannot reach a log line by accident.
 */
public final class ApiKey {

    private final String id;
    private final String secret;
    private final String hash;

    public ApiKey(String id, String secret) {
        this.id = id;
        this.secret = secret;
        this.hash = sha256(secret);
    }

    public String id() {
        return id;
    }

    public String secret() {
        return secret;
    }

    /** SHA-256 of the secret: how replicas that list their keys in different orders agree on a key. */
    public String hash() {
        return hash;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At most the last four characters, fewer for short keys, so that a fingerprint never gives a key away. */
    public String fingerprint() {
        int shown = Math.min(4, secret.length() / 4);
        return "…" + secret.substring(secret.length() - shown);
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + " " + fingerprint() + "]";
    }
}
