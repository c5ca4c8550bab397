package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.evaluation.EvaluationSetting;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The thresholds of the slippage rules: read by every evaluation, changed by CITY_GOV (audited). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    /** A setting as the settings page shows it. */
    public record SettingRow(String key, BigDecimal value, BigDecimal defaultValue, long version) {
    }

    /** The thresholds in force; a missing row keeps its default. */
    public SlippageThresholds thresholds() {
        Map<String, BigDecimal> values = new HashMap<>();
        for (EvaluationSetting s : stored()) {
            if (SlippageThresholds.KEYS.contains(s.getKey())) {
                values.put(s.getKey(), s.getValue());
            }
        }
        return SlippageThresholds.fromSettings(values);
    }

    public List<SettingRow> settings() {
        access.requireSignedIn();
        Map<String, EvaluationSetting> stored = new HashMap<>();
        stored().forEach(s -> stored.put(s.getKey(), s));
        Map<String, BigDecimal> defaults = SlippageThresholds.DEFAULTS.asSettings();
        return SlippageThresholds.KEYS.stream().map(k -> {
            EvaluationSetting s = stored.get(k);
            return new SettingRow(k, s == null ? defaults.get(k) : s.getValue(), defaults.get(k),
                    s == null ? 0 : s.getVersion());
        }).toList();
    }

    /**
     * Changes thresholds (CITY_GOV). All values are checked together and nothing changes if the
     * combination is inconsistent, or if a setting was changed by someone else since it was read.
     *
     * @param values   key → new value (keys not given keep their value)
     * @param versions key → the version the user read (may be empty: no check)
     */
    @Transactional
    public SlippageThresholds update(Map<String, BigDecimal> values, Map<String, Long> versions) {
        access.requireAnyRole(Role.CITY_GOV);
        Map<String, EvaluationSetting> stored = new LinkedHashMap<>();
        stored().forEach(s -> stored.put(s.getKey(), s));
        Map<String, BigDecimal> merged = new HashMap<>();
        stored.forEach((k, s) -> merged.put(k, s.getValue()));
        merged.putAll(values);
        SlippageThresholds checked = SlippageThresholds.fromSettings(merged);
        values.forEach((key, value) -> {
            EvaluationSetting s = stored.get(key);
            Long read = versions == null ? null : versions.get(key);
            if (s != null && read != null) {
                ConcurrentEditException.check(key, read, s.getVersion());
            }
            BigDecimal before = s == null ? null : s.getValue();
            if (before != null && before.compareTo(value) == 0) {
                return;
            }
            if (s == null) {
                long id = 100 + SlippageThresholds.KEYS.indexOf(key);
                s = new EvaluationSetting(id, key, value);
                em.persist(s);
            } else {
                s.change(value);
            }
            audit.fieldChanged("SlippageSetting", s.getId(), null, "slippage.threshold", key, before, value);
        });
        return checked;
    }

    private List<EvaluationSetting> stored() {
        return em.createQuery("SELECT s FROM EvaluationSetting s ORDER BY s.id", EvaluationSetting.class).getResultList();
    }
}
