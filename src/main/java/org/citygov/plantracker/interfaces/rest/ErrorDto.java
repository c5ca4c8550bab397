package org.citygov.plantracker.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every REST error has this body. {@code message} is in the caller's language (Accept-Language). */
@Schema(name = "Error", description = "Every error of the API: the HTTP status, a short code, a message in the caller's language, and per-field violations for 400")
public record ErrorDto(int status,
                       @Schema(example = "not_found") String error,
                       String message,
                       List<FieldError> violations) {

    @Schema(name = "FieldError")
    public record FieldError(String field, String code, String message) {
    }

    public static ErrorDto of(int status, String error, String message) {
        return new ErrorDto(status, error, message, List.of());
    }
}
