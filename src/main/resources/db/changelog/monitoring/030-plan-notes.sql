--liquibase formatted sql

-- Issue 16 item 11: what pages show of ZZ-PS-14 must not carry the plan files' internal notes.
-- The two C1.4 group targets' scope_detail named a column of jurisdictions.csv; the definition no
-- longer does (the group rule stays in plan.yaml), and a database that loaded it before follows.

--changeset plantracker:monitoring-030-1
--comment: C1.4-T1 / T2 scope_detail without the file-column note
UPDATE plan_target SET scope_detail = '市内各区 (urban districts other than 上街区, which the next clause names), 郑东新区, 郑州经开区, 郑州高新区.'
WHERE code = 'C1.4-T1' AND plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14');
UPDATE plan_target SET scope_detail = '各县(市) (巩义市, 荥阳市, 新密市, 新郑市, 登封市, 中牟县), 上街区, 郑州航空港区.'
WHERE code = 'C1.4-T2' AND plan_id IN (SELECT id FROM plan WHERE code = 'ZZ-PS-14');

--changeset plantracker:monitoring-030-2
--comment: ZZ-PS-14's files now declare each target's measure (monitoring-010) and drop the notes above; a database
--comment: that loaded the earlier files has been brought to the same content by these changesets, so its digest
--comment: moves with them (otherwise every start would log a CONFLICT for an up-to-date plan)
UPDATE plan SET content_digest = '918bd5e0ee2c7fefeaddd227c7973b28c6baf830ca35e67807f1ec2ae61b144a'
WHERE code = 'ZZ-PS-14' AND content_digest = 'cd30c598a6772ce374bb14e60ce02ebabcb8e296b7fa4ec06eeb161e33c3efab';
