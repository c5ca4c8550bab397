package org.citygov.plantracker.test.jpa;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorObservation;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;

import java.util.List;

/** The entities of the plan and place contexts and the changelogs that create their tables. */
public final class PlanEntities {

    /** The plan context's changelogs, in master.xml order (core/010 is stood in for by TestDatabase). */
    public static final String[] CHANGELOGS = {"db/changelog/core/020-plan.sql", "db/changelog/core/021-plan-ids.sql",
            "db/changelog/monitoring/010-measure-kind.sql",
            "db/changelog/monitoring/020-indicator-observations.sql", "db/changelog/monitoring/050-plan-version.sql"};

    public static final List<Class<?>> ENTITIES = List.of(Jurisdiction.class, Population.class, Plan.class,
            Chapter.class, ColumnBox.class, Program.class, StagedSchedule.class, ScheduleStage.class, Target.class,
            Indicator.class, IndicatorObservation.class);

    private PlanEntities() {
    }

    public static TestDatabase database() {
        return TestDatabase.create(ENTITIES, CHANGELOGS);
    }
}
