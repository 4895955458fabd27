-- Indexes for the keyset-paginated lists (newest change first, or by severity) on million-row cases.
CREATE INDEX `claims_case_updated` ON `claims` (`case_id`, `updated_at`, `id`);
--> statement-breakpoint
CREATE INDEX `claims_case_status_updated` ON `claims` (`case_id`, `status`, `updated_at`);
--> statement-breakpoint
CREATE INDEX `claims_case_assignee_updated` ON `claims` (`case_id`, `assignee_id`, `updated_at`);
--> statement-breakpoint
CREATE INDEX `disputes_case_updated` ON `disputes` (`case_id`, `updated_at`, `id`);
--> statement-breakpoint
CREATE INDEX `disputes_case_assignee_updated` ON `disputes` (`case_id`, `assignee_id`, `updated_at`);
--> statement-breakpoint
CREATE INDEX `disputes_case_relation_severity` ON `disputes` (`case_id`, `primary_relation`, `severity`);
--> statement-breakpoint
CREATE INDEX `disputes_case_status_severity` ON `disputes` (`case_id`, `status`, `severity`);
