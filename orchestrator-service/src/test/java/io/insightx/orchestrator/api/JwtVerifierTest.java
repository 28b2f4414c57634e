package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import io.insightx.orchestrator.support.Jwts;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    final Instant now = Instant.parse("2026-06-01T12:00:00Z");
    final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    final JwtVerifier hs = new JwtVerifier(Optional.of(Jwts.SECRET), Optional.empty(), Optional.empty(), clock);

    @Test
    void acceptsAValidSupabaseStyleToken() {
        assertThat(hs.user(Jwts.hs256("user-a", now.plusSeconds(3600), Jwts.SECRET))).contains("user-a");
    }

    @Test
    void refusesForgedExpiredAndMalformedTokens() {
        assertThat(hs.user(Jwts.hs256("user-a", now.plusSeconds(3600), "another-secret-another-secret!!"))).isEmpty();
        assertThat(hs.user(Jwts.hs256("user-a", now.minusSeconds(3600), Jwts.SECRET))).isEmpty();
        assertThat(hs.user(Jwts.unsigned("user-a", now.plusSeconds(3600)))).isEmpty();
        assertThat(hs.user("not.a.token")).isEmpty();
        assertThat(hs.user("")).isEmpty();
        assertThat(hs.user(null)).isEmpty();
    }

    @Test
    void rs256WithAPublicKeyAndNoAlgorithmConfusion() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        JwtVerifier rs = new JwtVerifier(Optional.empty(), Optional.of(pem), Optional.empty(), clock);
        assertThat(rs.user(Jwts.rs256("user-b", now.plusSeconds(60), keys.getPrivate()))).contains("user-b");
        // An HS256 token "signed" with the public key as secret must not pass.
        assertThat(rs.user(Jwts.hs256("user-b", now.plusSeconds(60), pem))).isEmpty();
    }
}
