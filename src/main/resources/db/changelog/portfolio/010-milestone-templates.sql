--liquibase formatted sql

-- Portfolio (issue 13): milestone templates per category, the starting plan of a project added by the
-- library (ADMIN edits them). Derby 10.16 and PostgreSQL 15. Seed ids below 1000.

--changeset plantracker:portfolio-010-1
CREATE TABLE milestone_template (
    id       BIGINT      NOT NULL PRIMARY KEY,
    category VARCHAR(32) NOT NULL,
    version  BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT uq_milestone_template_category UNIQUE (category)
);

CREATE TABLE milestone_template_step (
    template_id BIGINT       NOT NULL REFERENCES milestone_template (id),
    step_no     INTEGER      NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200),
    kind        VARCHAR(16)  NOT NULL,
    weight      DECIMAL(9,4) NOT NULL,
    span_share  DECIMAL(5,4) NOT NULL,
    PRIMARY KEY (template_id, step_no)
);

--changeset plantracker:portfolio-010-2
INSERT INTO milestone_template (id, category, version) VALUES (501, 'CHILDCARE', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (501, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (502, 'EDUCATION', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (502, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (503, 'EMPLOYMENT', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (503, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (504, 'HEALTH', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (504, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (505, 'ELDERLY_CARE', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (505, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (506, 'SOCIAL_SECURITY', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (506, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (507, 'EMERGENCY', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 35, 0.6500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.8500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (507, 5, '物资入库', 'Supplies stocked', 'OPERATION', 15, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (508, 'HOUSING', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 0, '用地及规划批复', 'Land and planning approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.0800);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 2, '开工', 'Works start', 'CONSTRUCTION', 5, 0.1200);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 3, '主体封顶', 'Structure topped out', 'CONSTRUCTION', 40, 0.6000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 25, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (508, 5, '交付回迁', 'Handed over to residents', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (509, 'VETERANS', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (509, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (510, 'CULTURE', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (510, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
INSERT INTO milestone_template (id, category, version) VALUES (511, 'SPORTS', 0);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 0, '选址及设计批复', 'Site and design approval', 'PREPARATION', 10, 0.0000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 1, '施工许可', 'Construction permit', 'PREPARATION', 10, 0.1000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 2, '开工', 'Works start', 'CONSTRUCTION', 10, 0.1500);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 3, '主体完工', 'Main structure complete', 'CONSTRUCTION', 40, 0.7000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 4, '竣工验收', 'Completion acceptance', 'COMPLETION', 20, 0.9000);
INSERT INTO milestone_template_step (template_id, step_no, name_zh, name_en, kind, weight, span_share) VALUES (511, 5, '投用', 'In use', 'OPERATION', 10, 1.0000);
