package org.citygov.plantracker.infrastructure.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords, as the zxcvbn4j library (com.nulab-inc:zxcvbn, MIT licence)
 * ships them in its dictionary {@code passwords.txt} (taken from Mark Burnett's 10-million-password
 * list). Only the list is used, not zxcvbn's scoring: the policy's rules stay simple to explain.
 */
public final class CommonPasswords {

    static final String RESOURCE = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    /** Whether a password (compared in lower case) is on the list. */
    public static boolean contains(String password) {
        return password != null && PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    public static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + RESOURCE);
        }
        Set<String> words = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
