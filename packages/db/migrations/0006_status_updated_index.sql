-- A status filter sorted by newest change (the reviewer queue) pages through this index without sorting.
CREATE INDEX `disputes_case_status_updated` ON `disputes` (`case_id`, `status`, `updated_at`);
