package org.citygov.plantracker.interfaces.rest.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.citygov.plantracker.application.evaluation.PerEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.interfaces.rest.JsonBinding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The JSON of {@code GET /evaluation/targets}, kept per evaluation (docs/production.md, issue 17).
 * <ul>
 *   <li>The whole answer (bytes) is kept per evaluation and query ({@link PerEvaluation}): while nothing was
 *       written, every reader gets the same bytes without evaluating or serialising anything. A request is
 *       always handed an evaluation that includes every write committed before it arrived, so a kept answer is
 *       never stale.</li>
 *   <li>After writes, the answer is put together again from the JSON of each row, kept per row (target, unit,
 *       role). A row's JSON is a function of the row, its target's facts, its parent unit's code, the language
 *       and whether projects are listed; it is reused when all of these are the same as when it was written —
 *       the same row object (the incremental evaluation keeps every row no write touched) or an equal one (a row
 *       of a target evaluated again that did not change). Only the rows a write changed are serialised again;
 *       the rest is copied. The JSON is byte for byte what serialising the list of DTOs gives (same JSON-B, same
 *       DTOs; {@code EvaluationRestIT}).</li>
 *   <li>An answer is also kept per <b>rows version</b> ({@link PortfolioEvaluation#rowsVersion}) and query: a write that
 *       changed no target row (a project rating only) gives a new evaluation with the same rows version, and the
 *       same bytes are handed out again without putting them together.</li>
 *   <li>{@link #etag}: the answer's entity tag, for a conditional GET (304 when the client holds these bytes).</li>
 * </ul>
 * Switched off by {@code plantracker.evaluation.answerCache=false} / {@code PLANTRACKER_EVALUATION_ANSWER_CACHE=false}
 * (then every answer is serialised afresh, as before; the benchmark's comparison).
 */
@ApplicationScoped
public class TargetRowsJson {

    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("plantracker.evaluation.answerCache",
            System.getenv().getOrDefault("PLANTRACKER_EVALUATION_ANSWER_CACHE", "true")));

    /** What a row's JSON depends on besides the row: the evaluation's day, the language, with projects or not. */
    record Style(LocalDate asOf, Locale locale, boolean detail) {
    }

    /** One answer: the style and the filters. */
    record Query(Style style, String plan, String target, String jurisdiction) {
    }

    /** The DTO of a row, given its target's facts and its parent unit's code. */
    interface RowDto {
        Object of(TargetEvaluation row, TargetFacts facts, String parentCode);
    }

    private record RowKey(long targetId, Long unitId, RowRole role) {
    }

    /** A row's JSON and everything it was made from. */
    private record Fragment(TargetEvaluation row, TargetFacts facts, String parentCode, byte[] json) {
        boolean madeFrom(TargetEvaluation r, TargetFacts f, String parent) {
            return (row == r || row.equals(r)) && (facts == f || facts.equals(f))
                    && Objects.equals(parentCode, parent);
        }
    }

    @Inject
    private JsonBinding binding;

    private final PerEvaluation<Query, byte[]> answers = new PerEvaluation<>(16);

    /** Row JSON per style; a few styles (days × languages × detail) at most. */
    private final Map<Style, Map<RowKey, Fragment>> fragments = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Style, Map<RowKey, Fragment>> eldest) {
            return size() > 6;
        }
    };

    private long rowsSerialised;

    private record VersionKey(long rowsVersion, Query query) {
    }

    /** The last answers by rows version and query (a few: each may be megabytes). Guarded by itself. */
    private final Map<VersionKey, byte[]> byVersion = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VersionKey, byte[]> eldest) {
            return size() > 4;
        }
    };

    /** Distinguishes this JVM's rows versions from another node's or an earlier start's. */
    private static final String NODE = HexFormat.of().formatHex(randomBytes());

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /**
     * The entity tag of the answer to {@code query} from evaluation {@code e}: equal tags mean equal bytes. It is
     * made of this JVM's random id, the rows version (which changes whenever a row may have changed) and a digest
     * of the query (day, language, detail, filters), so a tag never matches an answer of another query, another
     * node or an earlier start of the server. Also when the kept answers are switched off (the bytes do not
     * depend on how they were made).
     */
    static String etag(PortfolioEvaluation e, Query query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.toString().getBytes(StandardCharsets.UTF_8));
            return NODE + "-" + e.rowsVersion() + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    /**
     * The JSON array of {@code rows} (in order) of evaluation {@code e}, each row as {@code dto} makes it.
     * {@code rows} must depend only on {@code e} and {@code query}.
     */
    byte[] answer(PortfolioEvaluation e, Query query, Supplier<List<TargetEvaluation>> rows, RowDto dto) {
        if (!ENABLED) {
            return jsonb().toJson(rows.get().stream().map(r -> dto.of(r, facts(e, r), parentCode(e, r))).toList())
                    .getBytes(StandardCharsets.UTF_8);
        }
        VersionKey version = new VersionKey(e.rowsVersion(), query);
        synchronized (byVersion) {
            byte[] kept = byVersion.get(version);
            if (kept != null) {
                return kept;
            }
        }
        return answers.get(e, query, () -> {
            byte[] built = build(e, query.style(), rows.get(), dto);
            synchronized (byVersion) {
                byVersion.put(version, built);
            }
            return built;
        });
    }

    /** How many rows were serialised since the start (tests: a read after one write serialises few). */
    synchronized long rowsSerialised() {
        return rowsSerialised;
    }

    private byte[] build(PortfolioEvaluation e, Style style, List<TargetEvaluation> rows, RowDto dto) {
        Map<RowKey, Fragment> known;
        synchronized (this) {
            known = fragments.computeIfAbsent(style, s -> new HashMap<>());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 128 + 2);
        out.write('[');
        boolean first = true;
        int serialised = 0;
        for (TargetEvaluation row : rows) {
            TargetFacts facts = facts(e, row);
            String parent = parentCode(e, row);
            RowKey key = new RowKey(row.targetId(), row.unitId(), row.role());
            Fragment kept;
            synchronized (known) {
                kept = known.get(key);
            }
            byte[] json;
            if (kept != null && kept.madeFrom(row, facts, parent)) {
                json = kept.json();
                if (kept.row() != row) {
                    synchronized (known) { // next time the same object is found at once
                        known.put(key, new Fragment(row, facts, parent, json));
                    }
                }
            } else {
                json = jsonb().toJson(dto.of(row, facts, parent)).getBytes(StandardCharsets.UTF_8);
                serialised++;
                synchronized (known) {
                    known.put(key, new Fragment(row, facts, parent, json));
                }
            }
            if (!first) {
                out.write(',');
            }
            out.writeBytes(json);
            first = false;
        }
        out.write(']');
        synchronized (this) {
            rowsSerialised += serialised;
        }
        return out.toByteArray();
    }

    private static TargetFacts facts(PortfolioEvaluation e, TargetEvaluation r) {
        return e.target(r.targetId()).orElseThrow();
    }

    private static String parentCode(PortfolioEvaluation e, TargetEvaluation r) {
        return r.parentUnitId() == null ? null : e.territory().unit(r.parentUnitId()).map(u -> u.code()).orElse(null);
    }

    private Jsonb jsonb() {
        return binding.getContext(Object.class);
    }
}
