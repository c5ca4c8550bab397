package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.io.Serializable;
import java.util.Locale;

/** The page language: Chinese first, with a switch to English kept for the session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Texts.english(locale);
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /**
     * Switches the language and shows the same page again by a redirect that keeps its view
     * parameters (?code=…, the portfolio's filters), so a reload neither resubmits nor loses them.
     */
    public String toggle() {
        locale = isEnglish() ? Texts.CHINESE : Locale.ENGLISH;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** A name in the page language, falling back to Chinese where no English is recorded. */
    public String pick(String zh, String en) {
        return isEnglish() && en != null && !en.isBlank() ? en : zh;
    }
}
