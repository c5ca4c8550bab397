package org.citygov.plantracker.interfaces.web.finance;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.math.BigDecimal;
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

    /**
     * Approving beyond what the project still lacks (未落实) is allowed but never silent (issue 16
     * item 3): the first save of such an amount is held with a warning at the amount field, saying
     * the figures; saving the same amount again goes through. Returns whether the save may go on.
     *
     * @param warnedFor the amount (yuan) the user was already warned about, or null
     */
    static boolean beyondUnfundedConfirmed(BigDecimal approvedYuan, BigDecimal unsecuredYuan, BigDecimal totalYuan,
                                           BigDecimal approvedSoFarYuan, BigDecimal warnedFor, String fieldClientId) {
        if (approvedYuan == null || unsecuredYuan == null || approvedYuan.compareTo(unsecuredYuan) <= 0
                || (warnedFor != null && warnedFor.compareTo(approvedYuan) == 0)) {
            return true;
        }
        BigDecimal after = approvedSoFarYuan == null ? approvedYuan : approvedSoFarYuan.add(approvedYuan);
        String share = totalYuan == null || totalYuan.signum() <= 0 ? "—"
                : DisplayFormat.percent(after.multiply(BigDecimal.valueOf(100)).divide(totalYuan, 1, java.math.RoundingMode.HALF_UP));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(fieldClientId, new FacesMessage(FacesMessage.SEVERITY_WARN,
                text("fin.review.beyondUnfunded", DisplayFormat.wanYuan(approvedYuan), DisplayFormat.wanYuan(unsecuredYuan), share), null));
        faces.validationFailed();
        return false;
    }
}
