package org.citygov.plantracker.application.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The figures of a published revision, frozen: its {@link ReportContent} as JSON, stored in ordered
 * parts of at most {@value #PART} characters (VARCHAR on Derby and PostgreSQL alike; no CLOB).
 */
@ApplicationScoped
public class FrozenContent {

    static final int PART = 32000;

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void freeze(long reportId, ReportContent content) {
        String json = toJson(content);
        int part = 0;
        int from = 0;
        while (from < json.length()) {
            int to = Math.min(json.length(), from + PART);
            if (to < json.length() && Character.isHighSurrogate(json.charAt(to - 1))) {
                to--; // never split a surrogate pair between two parts
            }
            em.createNativeQuery("INSERT INTO report_content_part (report_id, part_no, body) VALUES (?, ?, ?)")
                    .setParameter(1, reportId).setParameter(2, part++).setParameter(3, json.substring(from, to))
                    .executeUpdate();
            from = to;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportContent> read(long reportId) {
        @SuppressWarnings("unchecked")
        List<String> parts = em.createNativeQuery("SELECT body FROM report_content_part WHERE report_id = ? "
                + "ORDER BY part_no").setParameter(1, reportId).getResultList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(String.join("", parts), ReportContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The frozen content of report " + reportId + " cannot be read", e);
        }
    }

    static String toJson(ReportContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report content cannot be written as JSON", e);
        }
    }
}
