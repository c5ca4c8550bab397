package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell of the indicator table: the text as written (≥90, 81左右, 应保尽保, 30—35) and, where
 * the text is a single number, that number. The column's year comes from the table header (2020,
 * 2025). Column names are set by the owning entity ({@code baseline_…}, {@code target_…}).
 */
@Embeddable
public class IndicatorFigure {

    @Column(name = "figure_year")
    private Integer figureYear;

    @Column(name = "figure_text", length = 200)
    private String figureText;

    @Column(name = "figure_value", precision = 19, scale = 4)
    private BigDecimal figureValue;

    protected IndicatorFigure() {
        // for JPA
    }

    public IndicatorFigure(Integer year, String text, BigDecimal value) {
        if (value != null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("A figure's number needs the text it was read from");
        }
        this.figureYear = year;
        this.figureText = text == null || text.isBlank() ? null : text;
        this.figureValue = value;
    }

    public static IndicatorFigure blank(Integer year) {
        return new IndicatorFigure(year, null, null);
    }

    public boolean isBlank() {
        return figureText == null;
    }

    /** Whether the cell is a number (80.48, ≥90) rather than words (应保尽保, 保持较高水平). */
    public boolean isNumeric() {
        return figureValue != null;
    }

    public Optional<BigDecimal> value() {
        return Optional.ofNullable(figureValue);
    }

    public Integer getYear() {
        return figureYear;
    }

    public String getText() {
        return figureText;
    }

    public BigDecimal getValue() {
        return figureValue;
    }
}
