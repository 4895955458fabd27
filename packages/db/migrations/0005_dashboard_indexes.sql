-- Covering indexes for the lead dashboard: stale items, open conflicts by severity and time to verdict are
-- answered from the index alone, without visiting 100,000 dispute rows.
DROP INDEX IF EXISTS `disputes_case_last_activity`;
--> statement-breakpoint
CREATE INDEX `disputes_case_last_activity_status` ON `disputes` (`case_id`, `last_activity_at`, `status`);
--> statement-breakpoint
CREATE INDEX `disputes_case_relation_status_severity` ON `disputes` (`case_id`, `primary_relation`, `status`, `severity`);
--> statement-breakpoint
CREATE INDEX `verdicts_case_state_proposer_work` ON `verdicts` (`case_id`, `state`, `proposer_id`, `work_ms`);
