package io.insightx.orchestrator.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Verifies bearer JWTs and names their user ({@code sub}): HS256 with a shared secret, as Supabase issues them,
 * or RS256 with a public key. The algorithm is fixed by configuration, never taken from the token, so a token
 * cannot choose {@code none} or turn the public key into an HMAC secret.
 */
public final class JwtVerifier {

    private static final long LEEWAY_SECONDS = 30;

    private final byte[] secret;
    private final PublicKey publicKey;
    private final String issuer;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public JwtVerifier(Optional<String> secret, Optional<String> publicKeyPem, Optional<String> issuer, Clock clock) {
        this.secret = secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.publicKey = publicKeyPem.map(JwtVerifier::parsePublicKey).orElse(null);
        this.issuer = issuer.orElse(null);
        this.clock = clock;
        if (this.secret == null && this.publicKey == null) {
            throw new IllegalStateException("insightx.auth.mode=jwt needs INSIGHTX_AUTH_JWT_SECRET or a public key");
        }
    }

    /** The token's user, or empty when the token is malformed, forged, expired, not yet valid or for another issuer. */
    public Optional<String> user(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!validSignature(header.path("alg").asText(), signed, signature) || !validTime(claims)
                    || issuer != null && !issuer.equals(claims.path("iss").asText())) {
                return Optional.empty();
            }
            String sub = claims.path("sub").asText("");
            return sub.isBlank() ? Optional.empty() : Optional.of(sub);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private boolean validSignature(String alg, byte[] signed, byte[] signature) throws GeneralSecurityException {
        if (secret != null && "HS256".equals(alg)) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(signed), signature);
        }
        if (publicKey != null && "RS256".equals(alg)) {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update(signed);
            return rsa.verify(signature);
        }
        return false;
    }

    private boolean validTime(JsonNode claims) {
        long now = clock.instant().getEpochSecond();
        if (!claims.has("exp") || claims.path("exp").asLong() + LEEWAY_SECONDS < now) {
            return false;
        }
        return !claims.has("nbf") || claims.path("nbf").asLong() - LEEWAY_SECONDS <= now;
    }

    private static PublicKey parsePublicKey(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("insightx.auth.jwt-public-key is not an RSA public key in PEM", e);
        }
    }
}
