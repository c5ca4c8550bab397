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
        // the page's own query (?code=… of the office forms, which read it without a view parameter)
        String query = context.getExternalContext().getRequestParameterMap().get(QUERY_FIELD);
        if (query != null && !query.isBlank() && query.indexOf('\r') < 0 && query.indexOf('\n') < 0) {
            try {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                        + context.getViewRoot().getViewId() + "?" + query);
                context.responseComplete();
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The header form's hidden field that carries the page's query string to {@link #toggle}. */
    public static final String QUERY_FIELD = "pt-query";

    /**
     * The query string the page was opened with (the GET request's), or the one carried by the header
     * form when the page was rendered after a postback.
     */
    public String getQuery() {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String carried = external.getRequestParameterMap().get(QUERY_FIELD);
        if (carried != null) {
            return carried;
        }
        Object request = external.getRequest();
        String query = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getQueryString() : null;
        return query == null ? "" : query;
    }

    /** A name in the page language, falling back to Chinese where no English is recorded. */
    public String pick(String zh, String en) {
        return isEnglish() && en != null && !en.isBlank() ? en : zh;
    }
}
