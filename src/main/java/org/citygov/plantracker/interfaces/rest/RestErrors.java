package org.citygov.plantracker.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.List;
import java.util.Locale;

/** Builds the JSON error responses of the API, in the caller's language. */
public final class RestErrors {

    private RestErrors() {
    }

    public static Locale locale(List<Locale> acceptable) {
        return acceptable == null || acceptable.isEmpty() ? Texts.CHINESE : Texts.supported(acceptable.get(0));
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Texts.CHINESE : locale(headers.getAcceptableLanguages());
    }

    public static Response response(int status, String error, String message) {
        return json(status, ErrorDto.of(status, error, message));
    }

    /** 404 for an unknown {@code kind} (project, program …) named in the caller's language. */
    public static Response notFound(Locale locale, String kind, String key) {
        return response(404, "not_found", Texts.get(locale, "error.notFound", Texts.entity(locale, kind), key));
    }

    public static Response violations(Locale locale, RuleViolation violation) {
        List<ErrorDto.FieldError> errors = violation.getViolations().stream()
                .map(v -> new ErrorDto.FieldError(v.field(), v.messageKey(), message(locale, v)))
                .toList();
        String summary = errors.isEmpty() ? violation.getMessage() : errors.get(0).message();
        return json(400, new ErrorDto(400, "invalid", summary, errors));
    }

    public static String message(Locale locale, RuleViolation.Violation v) {
        String text = Texts.get(locale, v.messageKey(), v.arguments());
        return text.equals(v.messageKey()) ? v.english() : text;
    }

    private static Response json(int status, ErrorDto body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
