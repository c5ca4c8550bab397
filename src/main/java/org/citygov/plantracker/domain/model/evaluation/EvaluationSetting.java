package org.citygov.plantracker.domain.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One threshold of the slippage rules (delay.redDays = 90 …). The rows are seeded by the
 * migration; CITY_GOV changes their values, each change audited.
 */
@Entity
@Table(name = "slippage_setting")
public class EvaluationSetting {

    @Id
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 64, updatable = false)
    private String key;

    @Column(name = "setting_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Version
    private long version;

    protected EvaluationSetting() {
    }

    public EvaluationSetting(long id, String key, BigDecimal value) {
        this.id = id;
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
    }

    /** The value has been checked together with the other thresholds (SlippageThresholds). */
    public void change(BigDecimal newValue) {
        this.value = Objects.requireNonNull(newValue);
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public BigDecimal getValue() { return value; }
    public long getVersion() { return version; }
}
