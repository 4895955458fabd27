-- Documents stored by a large import before their claims are grouped into disputes (see documents.grouping_pending).
ALTER TABLE `documents` ADD `grouping_pending` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_case_pending` ON `documents` (`case_id`) WHERE grouping_pending = 1;