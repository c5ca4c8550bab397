package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.evaluation.SlippageSettings;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of the slippage rules: read by every evaluation, changed by CITY_GOV (audited). Stored as
 * one typed row ({@link SlippageSettings}), the way the money-vs-works thresholds are; the API and the
 * settings page still name each value by its key (delay.redDays …).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationSettingsService {

    /** The audit's name for these thresholds (kept from the key/value rows, so the history reads on). */
    static final String ENTITY = "SlippageSetting";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A setting as the settings page shows it; the version is the set's (they are checked together). */
    public record SettingRow(String key, BigDecimal value, BigDecimal defaultValue, long version) {
    }

    /** The thresholds in force. */
    public SlippageThresholds thresholds() {
        return stored().thresholds();
    }

    public List<SettingRow> settings() {
        access.requireSignedIn();
        SlippageSettings s = stored();
        Map<String, BigDecimal> values = s.thresholds().asSettings();
        Map<String, BigDecimal> defaults = SlippageThresholds.DEFAULTS.asSettings();
        return SlippageThresholds.KEYS.stream()
                .map(k -> new SettingRow(k, values.get(k), defaults.get(k), s.getVersion())).toList();
    }

    /**
     * Changes thresholds (CITY_GOV). All values are checked together and nothing changes if the
     * combination is inconsistent, or if the thresholds were changed by someone else since they were read.
     *
     * @param values   key → new value (keys not given keep their value)
     * @param versions key → the version the user read (may be empty: no check)
     */
    @Transactional
    public SlippageThresholds update(Map<String, BigDecimal> values, Map<String, Long> versions) {
        String by = access.requireAnyRole(Role.CITY_GOV).getUsername();
        SlippageSettings s = stored();
        Map<String, BigDecimal> before = s.thresholds().asSettings();
        Map<String, BigDecimal> merged = new HashMap<>(before);
        merged.putAll(values);
        SlippageThresholds checked = SlippageThresholds.fromSettings(merged);
        boolean changed = false;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            String key = e.getKey();
            Long read = versions == null ? null : versions.get(key);
            if (read != null) {
                ConcurrentEditException.check(key, read, s.getVersion());
            }
            if (before.get(key).compareTo(e.getValue()) != 0) {
                audit.fieldChanged(ENTITY, s.getId(), null, "slippage.threshold", key, before.get(key), e.getValue());
                changed = true;
            }
        }
        if (changed) {
            s.change(checked, by, LocalDateTime.now(clock));
            em.flush();
        }
        return checked;
    }

    private SlippageSettings stored() {
        SlippageSettings s = em.find(SlippageSettings.class, SlippageSettings.THE_ONE);
        if (s == null) {
            throw new IllegalStateException("slippage_threshold row 1 is missing (slippage migration 040)");
        }
        return s;
    }
}
