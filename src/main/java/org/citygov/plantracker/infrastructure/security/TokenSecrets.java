package org.citygov.plantracker.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets of personal API tokens: {@value #PREFIX} and 32 random bytes (256 bits) in URL-safe base64.
 * Stored only as their SHA-256: with that much entropy a fast hash cannot be guessed back, and a
 * call costs one hash instead of a bcrypt check.
 */
public final class TokenSecrets {

    public static final String PREFIX = "pt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeSecret(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43
                && secret.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
