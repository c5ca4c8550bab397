package org.citygov.plantracker.interfaces.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount typed in 万元 ({@code converter="pt.wanYuan"} on a plain text input), read exactly as
 * typed: digits with an optional decimal point and thousands grouped by commas as the pages show
 * them. Anything else — a minus sign, letters, more decimals than the fen, more than the ceiling —
 * is refused with a message at the field and the input keeps what was typed. A number widget that
 * drops a "-" or cuts twenty 9s to thirteen changes the amount behind the user's back (issue 16
 * item 3), so the money fields are plain text with this converter.
 */
@FacesConverter("pt.wanYuan")
public class WanYuanConverter implements Converter<BigDecimal> {

    /** 1 万亿元 in 万元. */
    static final BigDecimal MAX_WAN = InputPolicy.MAX_YUAN.divide(Money.TEN_THOUSAND);

    /** 万元 to the fen: 6 decimals. */
    static final int SCALE = 6;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        Locale locale = context.getViewRoot() == null ? Texts.CHINESE : context.getViewRoot().getLocale();
        String label = label(component);
        return parse(value, locale, label);
    }

    /** The amount in 万元, or null for an empty input; a ConverterException says what is wrong. */
    static BigDecimal parse(String value, Locale locale, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        if (!NUMBER.matcher(typed).matches()) {
            throw refused(locale, "input.wan.notNumber", label, typed);
        }
        BigDecimal wan = new BigDecimal(typed.replace(",", ""));
        if (wan.signum() < 0) {
            throw refused(locale, "input.wan.negative", label, typed);
        }
        if (wan.compareTo(MAX_WAN) >= 0) {
            throw refused(locale, "input.wan.tooLarge", label, typed);
        }
        if (wan.stripTrailingZeros().scale() > SCALE) {
            throw refused(locale, "input.wan.precision", label, typed);
        }
        return wan;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return format(value);
    }

    /** 1,234.5 as 1,234.50; more decimals (to the fen) are kept, never rounded away. */
    static String format(BigDecimal wan) {
        if (wan == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(wan);
    }

    private static String label(UIComponent component) {
        Object label = component == null ? null : component.getAttributes().get("label");
        return label == null ? "" : label.toString();
    }

    private static ConverterException refused(Locale locale, String key, String label, String typed) {
        String text = Texts.get(locale, key, label, typed);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
