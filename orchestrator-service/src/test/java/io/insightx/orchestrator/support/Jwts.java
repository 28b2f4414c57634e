package io.insightx.orchestrator.support;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test tokens the way Supabase (HS256) or an identity provider (RS256) would. */
public final class Jwts {

    public static final String SECRET = "test-jwt-secret-with-at-least-32-bytes!!";

    private Jwts() {
    }

    public static String hs256(String sub, Instant expires, String secret) {
        String unsigned = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part("{\"sub\":\"" + sub + "\",\"exp\":"
                + expires.getEpochSecond() + ",\"role\":\"authenticated\"}");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(unsigned.getBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(String sub, Instant expires, PrivateKey key) {
        String unsigned = part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + part("{\"sub\":\"" + sub + "\",\"exp\":"
                + expires.getEpochSecond() + "}");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned(String sub, Instant expires) {
        return part("{\"alg\":\"none\"}") + "." + part("{\"sub\":\"" + sub + "\",\"exp\":" + expires.getEpochSecond() + "}") + ".";
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
