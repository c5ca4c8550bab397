package org.citygov.plantracker.interfaces.web.finance;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.util.Locale;

/** Small helpers of the finance pages: a confirmation in the user's language. */
final class FinanceFaces {

    private FinanceFaces() {
    }

    static Locale locale() {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }

    static String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
