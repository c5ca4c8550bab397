package org.citygov.plantracker.interfaces.web.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.util.Locale;

/** Messages of the administration pages in the page's language. */
final class AdminFaces {

    private AdminFaces() {
    }

    static Locale locale() {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(locale(), key, arguments), null));
    }

    static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(locale(), key, arguments), null));
    }
}
