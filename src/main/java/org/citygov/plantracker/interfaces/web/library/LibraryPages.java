package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.Locale;

/** Small helpers the library's backing beans share: messages in the page language. */
final class LibraryPages {

    private LibraryPages() {
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Texts.CHINESE
                : Texts.supported(context.getViewRoot().getLocale());
    }

    static String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    /** A message that survives the redirect after the action. */
    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        now(key, arguments);
    }

    /** A message on the page being rendered (no detail: the growl would repeat the summary). */
    static void now(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
    }
}
