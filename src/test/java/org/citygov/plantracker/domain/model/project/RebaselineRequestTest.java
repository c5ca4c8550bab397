package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.project.MilestoneTest.keys;

class RebaselineRequestTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    private final ProjectFixture f = ProjectFixture.inStage(Stage.CONTINUING);
    private final Milestone design = f.milestone("施工图设计", MilestoneKind.PREPARATION, LocalDate.of(2026, 3, 31));
    private final Milestone structure = f.milestone("主体结构封顶", MilestoneKind.CONSTRUCTION, LocalDate.of(2026, 12, 31));
    private final Milestone acceptance = f.milestone("竣工验收", MilestoneKind.COMPLETION, LocalDate.of(2027, 6, 30));

    {
        design.updateProgress(null, null, LocalDate.of(2026, 4, 2), null, NOW.toLocalDate());
    }

    private Map<Long, LocalDate> dates(Object... pairs) {
        Map<Long, LocalDate> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(((Milestone) pairs[i]).getId(), (LocalDate) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void anApprovedRequestMovesTheCurrentBaselineAndKeepsTheOriginal() {
        RebaselineRequest request = RebaselineRequest.propose(f.project,
                dates(structure, LocalDate.of(2027, 3, 31), acceptance, LocalDate.of(2027, 9, 30)),
                "地下管线迁改延误", "office-a", NOW);
        assertThat(request.isPending()).isTrue();
        assertThat(structure.getBaseline()).isEqualTo(LocalDate.of(2026, 12, 31));

        request.approve("city", NOW.plusDays(2), "同意");

        assertThat(request.getStatus()).isEqualTo(RebaselineStatus.APPROVED);
        assertThat(structure.getBaseline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(structure.getOriginalBaseline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(acceptance.getBaseline()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(request.getDecisionComment()).isEqualTo("同意");

        ScheduleBaseline original = ScheduleBaseline.original(f.project, NOW, "city");
        ScheduleBaseline revision = ScheduleBaseline.revision(f.project, 1, request, NOW, "city");
        assertThat(original.dateOf(structure.getId())).contains(LocalDate.of(2026, 12, 31));
        assertThat(revision.dateOf(structure.getId())).contains(LocalDate.of(2027, 3, 31));
        assertThat(revision.getReason()).isEqualTo("地下管线迁改延误");
    }

    @Test
    void aRejectionNeedsACommentAndChangesNothing() {
        RebaselineRequest request = RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2027, 3, 31)),
                "延误", "office-a", NOW);
        assertThatThrownBy(() -> request.reject("city", NOW, " "))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.commentRequired"));

        request.reject("city", NOW, "理由不充分");
        assertThat(request.getStatus()).isEqualTo(RebaselineStatus.REJECTED);
        assertThat(structure.getBaseline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> request.approve("city", NOW, null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.notPending"));
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        RebaselineRequest request = RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2027, 3, 31)),
                "延误", "city", NOW);
        assertThatThrownBy(() -> request.approve("city", NOW, null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.ownRequest"));
    }

    @Test
    void aRequestNeedsAReasonAndARealChangeOfAnOpenMilestone() {
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2027, 3, 31)),
                " ", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.reasonRequired"));
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, dates(structure, structure.getBaseline()),
                "延误", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.noChange"));
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, dates(design, LocalDate.of(2026, 5, 31)),
                "延误", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.milestoneDone"));
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2023, 1, 1)),
                "延误", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.beforeStart"));
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, Map.of(-5L, LocalDate.of(2027, 1, 1)),
                "延误", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.unknownMilestone"));
    }

    @Test
    void aMilestoneThatMovedSinceTheRequestMakesItStale() {
        RebaselineRequest first = RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2027, 3, 31)),
                "延误", "office-a", NOW);
        structure.rebaseline(LocalDate.of(2027, 2, 28));

        assertThatThrownBy(() -> first.approve("city", NOW, null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.stale"));
        assertThat(structure.getBaseline()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aWithdrawnProjectsScheduleIsClosed() {
        f.project.moveTo(Stage.WITHDRAWN, "取消");
        assertThatThrownBy(() -> RebaselineRequest.propose(f.project, dates(structure, LocalDate.of(2027, 3, 31)),
                "延误", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.projectInactive"));
    }
}
