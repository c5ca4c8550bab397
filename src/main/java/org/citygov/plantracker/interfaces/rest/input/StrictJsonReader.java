package org.citygov.plantracker.interfaces.rest.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON request body of the API passes {@link StrictJson} before JSON-B reads it: a refused
 * body is a 400 naming the field (through the RuleViolation mapper), and the resource method never
 * runs, so nothing is changed. Bodies of other media types (workbooks, evidence files) are left to
 * their resources.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), StrictJson.MAX_BODY_BYTES + 1);
        StrictJson.check(body, context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
