package org.citygov.plantracker.interfaces.i18n;

import java.util.Locale;

/** English texts: the {@code _en} property bundles of every context. */
public class AllMessages_en extends AllMessages {

    public AllMessages_en() {
        super(Locale.ENGLISH);
    }
}
