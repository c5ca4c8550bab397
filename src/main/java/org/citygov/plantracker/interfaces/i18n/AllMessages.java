package org.citygov.plantracker.interfaces.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one bundle the pages (#{msg}) and the API read: the per-context property bundles
 * {@code i18n/<context>.properties} (Chinese) and {@code i18n/<context>_en.properties} (English)
 * merged, so each bounded context keeps its own texts. Chinese is this base class; English is
 * {@link AllMessages_en}.
 */
public class AllMessages extends ResourceBundle {

    /** Every context that may ship texts; a missing bundle is skipped. */
    static final String[] CONTEXTS = {"messages", "offices", "finance", "slippage", "library", "reports", "production", "security",
            "monitoring", "portfolio", "admin", "plans"};

    private final Map<String, Object> texts;

    public AllMessages() {
        this(Texts.CHINESE);
    }

    protected AllMessages(Locale locale) {
        Map<String, Object> merged = new HashMap<>();
        for (String context : CONTEXTS) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n." + context, locale,
                        AllMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : Collections.list(bundle.getKeys())) {
                    merged.putIfAbsent(key, bundle.getObject(key));
                }
            } catch (MissingResourceException absent) {
                // this context ships no texts (yet)
            }
        }
        this.texts = merged;
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
