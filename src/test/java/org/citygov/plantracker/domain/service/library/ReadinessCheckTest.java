package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.30");

    static List<ReadinessCheck.Document> allDocuments() {
        return List.of(new ReadinessCheck.Document(ReadinessGate.LAND, "郑自然资预〔2026〕12号", LocalDate.of(2026, 3, 1)),
                new ReadinessCheck.Document(ReadinessGate.ENVIRONMENT, "郑环审〔2026〕7号", LocalDate.of(2026, 4, 2)),
                new ReadinessCheck.Document(ReadinessGate.FEASIBILITY, "郑发改〔2026〕33号", LocalDate.of(2026, 5, 3)));
    }

    @Test
    void readyWithTheThreeDocumentsAndEnoughApprovedFunding() {
        Readiness r = ReadinessCheck.evaluate("P1", allDocuments(), new BigDecimal("300000"), new BigDecimal("1000000"),
                THIRTY_PERCENT, TODAY);
        assertThat(r.ready()).isTrue();
        assertThat(r.gate(ReadinessGate.FUNDING).securedShare()).isEqualByComparingTo("0.3");
        r.requireReady();
    }

    @Test
    void eachMissingDocumentAndTooLittleFundingIsAViolationOfItsOwn() {
        Readiness r = ReadinessCheck.evaluate("P1", allDocuments().subList(1, 3), new BigDecimal("299999.99"),
                new BigDecimal("1000000"), THIRTY_PERCENT, TODAY);
        assertThat(r.unmet()).extracting(GateResult::gate).containsExactly(ReadinessGate.LAND, ReadinessGate.FUNDING);
        assertThatThrownBy(r::requireReady).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.getViolations()).extracting(RuleViolation.Violation::messageKey)
                    .containsExactly("library.gate.LAND", "library.gate.FUNDING");
            assertThat(v.getViolations().get(1).arguments()).containsExactly("P1", "29.9", "30");
        });
    }

    @Test
    void aDocumentDatedAfterTodayOrWithoutAReferenceDoesNotCount() {
        List<ReadinessCheck.Document> docs = List.of(
                new ReadinessCheck.Document(ReadinessGate.LAND, "ref", TODAY.plusDays(1)),
                new ReadinessCheck.Document(ReadinessGate.ENVIRONMENT, " ", TODAY),
                new ReadinessCheck.Document(ReadinessGate.FEASIBILITY, "ref", TODAY));
        Readiness r = ReadinessCheck.evaluate("P1", docs, BigDecimal.ONE, BigDecimal.ONE, THIRTY_PERCENT, TODAY);
        assertThat(r.unmet()).extracting(GateResult::gate).containsExactly(ReadinessGate.LAND, ReadinessGate.ENVIRONMENT);
    }

    @Test
    void aProjectThatCostsNothingHasItsFundingSecured() {
        assertThat(ReadinessCheck.securedShare(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(ReadinessCheck.securedShare(null, new BigDecimal("100"))).isEqualByComparingTo("0");
    }
}
