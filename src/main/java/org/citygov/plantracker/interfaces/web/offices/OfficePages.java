package org.citygov.plantracker.interfaces.web.offices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.Locale;

/** Small helpers the offices' backing beans share: the page language, messages, the ?code= parameter. */
final class OfficePages {

    private OfficePages() {
    }

    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    static Locale locale() {
        FacesContext context = faces();
        return context == null || context.getViewRoot() == null ? Texts.CHINESE
                : Texts.supported(context.getViewRoot().getLocale());
    }

    static String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    /** A message for the growl; kept over a redirect. */
    static void info(String key, Object... arguments) {
        FacesContext context = faces();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
    }

    static void error(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), ""));
    }

    /** The request parameter (e.g. ?code=) of the page's first request. */
    static String parameter(String name) {
        FacesContext context = faces();
        String value = context == null ? null : context.getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
