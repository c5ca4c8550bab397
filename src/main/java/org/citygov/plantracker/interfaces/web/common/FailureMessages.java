package org.citygov.plantracker.interfaces.web.common;

import jakarta.persistence.OptimisticLockException;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to tell a person when a page action fails for a reason they can understand: refused
 * (AccessDeniedException), invalid input (RuleViolation), changed by someone else meanwhile
 * (ConcurrentEditException, or an optimistic-lock failure that reached the page), or asked for
 * something that does not exist (UnknownEntityException) — in the user's language, with the HTTP
 * status a full page would get. Looks through the wrappers that EJB, CDI, EL and Faces put around
 * an exception.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** @param field the input a line is about (a RuleViolation field), or null */
    public record Line(String field, String text) {
    }

    /** @param status 403, 400, 409, 404 or 429 */
    public record Failure(int status, List<Line> lines) {

        public String summary() {
            return lines.isEmpty() ? "" : lines.get(0).text();
        }
    }

    /** The failure an exception (or one of its causes) means to the user; empty for any other exception. */
    public static Optional<Failure> of(Throwable thrown, Locale locale) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException a) {
                return Optional.of(new Failure(403, List.of(new Line(null,
                        text(locale, a.getMessageKey(), a.getMessage(), a.getArguments())))));
            }
            if (t instanceof RuleViolation v) {
                List<Line> lines = v.getViolations().stream()
                        .map(x -> new Line(x.field(), text(locale, x.messageKey(), x.english(), x.arguments())))
                        .toList();
                return Optional.of(new Failure(400, lines.isEmpty()
                        ? List.of(new Line(null, v.getMessage())) : lines));
            }
            if (t instanceof org.citygov.plantracker.application.LimitExceededException l) {
                return Optional.of(new Failure(429, List.of(new Line(null,
                        text(locale, l.getMessageKey(), l.getMessage(), l.getArguments())))));
            }
            if (t instanceof ConcurrentEditException c) {
                return Optional.of(new Failure(409, List.of(new Line(null,
                        text(locale, "error.conflict", c.getMessage(), c.getWhat())))));
            }
            if (t instanceof OptimisticLockException o) {
                Object entity = o.getEntity();
                String what = entity == null ? Texts.get(locale, "error.conflict.record")
                        : entityLabel(locale, entity.getClass().getSimpleName());
                return Optional.of(new Failure(409, List.of(new Line(null,
                        text(locale, "error.conflict", o.getMessage(), what)))));
            }
            if (t instanceof UnknownEntityException u) {
                return Optional.of(new Failure(404, List.of(new Line(null,
                        text(locale, "error.notFound", u.getMessage(), entityLabel(locale, u.getKind()), u.getKey())))));
            }
        }
        return Optional.empty();
    }

    /** The kind of thing in the user's language (项目, 工程 …) from the bundle's entity.* keys. */
    static String entityLabel(Locale locale, String kind) {
        return kind == null || kind.isBlank() ? "" : Texts.entity(locale, kind);
    }

    private static String text(Locale locale, String key, String fallback, Object... arguments) {
        if (key == null) {
            return fallback;
        }
        String text = Texts.get(locale, key, arguments);
        return text.equals(key) && fallback != null ? fallback : text;
    }
}
