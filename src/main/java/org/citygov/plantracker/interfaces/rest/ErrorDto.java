package org.citygov.plantracker.interfaces.rest;

import java.util.List;

/** Every REST error has this body. {@code message} is in the caller's language (Accept-Language). */
public record ErrorDto(int status, String error, String message, List<FieldError> violations) {

    public record FieldError(String field, String code, String message) {
    }

    public static ErrorDto of(int status, String error, String message) {
        return new ErrorDto(status, error, message, List.of());
    }
}
