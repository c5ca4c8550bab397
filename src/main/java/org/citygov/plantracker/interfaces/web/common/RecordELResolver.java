package org.citygov.plantracker.interfaces.web.common;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read the application's read models, which are records, as {@code #{row.code}}.
 * Jakarta EL 5 (EE 10) only knows JavaBean getters; EL 6 adds the same for record components.
 * Resolves a record component or, failing that, a public no-argument method of the record
 * ({@code #{overview.chapterCount}}). Read-only: records are immutable.
 */
public class RecordELResolver extends ELResolver {

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait");

    private final Map<Class<?>, Map<String, Optional<Method>>> accessors = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.get().invoke(base);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property).isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property).isPresent()) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property).isEmpty()) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private Optional<Method> accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name) || OBJECT_METHODS.contains(name)) {
            return Optional.empty();
        }
        return accessors.computeIfAbsent(base.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(base.getClass(), n));
    }

    private static Optional<Method> find(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            boolean usable = Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class && method.getDeclaringClass() != Object.class;
            return usable ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
