package org.citygov.plantracker.domain.model.project;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 项目代码 — the 24-character code the national investment project online approval platform
 * (全国投资项目在线审批监管平台) assigns, {@code YYMM-AAAAAA-II-TT-NNNNNN}
 * (year-month, administrative area code, industry, type, serial), e.g. {@code 2203-410100-04-01-562311}.
 */
public final class NationalProjectCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}");

    private NationalProjectCode() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == 24 && FORMAT.matcher(code).matches();
    }

    /** Blank means "not yet assigned"; anything else must be well-formed. */
    public static Optional<String> normalise(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        if (!isValid(trimmed)) {
            throw new IllegalArgumentException("A national project code (项目代码) has 24 characters, "
                    + "YYMM-AAAAAA-II-TT-NNNNNN: " + code);
        }
        return Optional.of(trimmed);
    }
}
