-- Records that belong to a group series now refer to it with a foreign key: their (tenant_id, group_id)
-- must name a stored group, i.e. a (tenant_id, group_key) of group_series (unique since V3 as
-- uq_group_series_key). Written in SQL that Apache Derby 10.16 and PostgreSQL both accept.
--
-- ON DELETE RESTRICT everywhere: a group is only ever deleted by the retention purge, which removes the
-- group's records first (and counts them for its report). Anything else that tried to delete a group
-- with records still under it is refused rather than silently cascading or leaving orphans.
--
-- Deliberately WITHOUT a foreign key to the group:
--   grievance               the complaints committee's record of a grievance, kept under its own rules
--                           after the group's personal data is purged (see RetentionPurge)
--   leader_log_led_session  a leader's own credentialing record of the sessions they led; it must
--                           outlive the group it names

ALTER TABLE rotation_plan ADD CONSTRAINT fk_rotation_plan_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;

ALTER TABLE attendance_sheet ADD CONSTRAINT fk_attendance_sheet_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;

ALTER TABLE credit_record ADD CONSTRAINT fk_credit_record_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;

ALTER TABLE certificate ADD CONSTRAINT fk_certificate_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;

ALTER TABLE evaluation_form ADD CONSTRAINT fk_evaluation_form_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;

ALTER TABLE evaluation ADD CONSTRAINT fk_evaluation_group
    FOREIGN KEY (tenant_id, group_id) REFERENCES group_series (tenant_id, group_key) ON DELETE RESTRICT;
