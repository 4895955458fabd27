CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`item_id` text NOT NULL,
	`assignee_id` text NOT NULL,
	`assigned_by` text,
	`assigned_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_item` ON `assignments` (`item_type`,`item_id`,`assigned_at`);--> statement-breakpoint
CREATE INDEX `assignments_assignee` ON `assignments` (`assignee_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`item_id` text NOT NULL,
	`author_id` text,
	`body` text NOT NULL,
	`mentions` text NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_item` ON `comments` (`item_type`,`item_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`item_id` text NOT NULL,
	`url` text,
	`document_id` text,
	`span_start` integer,
	`span_end` integer,
	`quote` text,
	`stance` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`added_by` text,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_item` ON `evidence` (`item_type`,`item_id`,`added_at`);--> statement-breakpoint
CREATE TABLE `verdict_votes` (
	`verdict_id` text NOT NULL,
	`voter_id` text NOT NULL,
	`agree` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`verdict_id`, `voter_id`),
	FOREIGN KEY (`verdict_id`) REFERENCES `verdicts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `verdicts` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`item_id` text NOT NULL,
	`rating` text NOT NULL,
	`low` real,
	`high` real,
	`unit` text,
	`as_of` text,
	`rationale` text NOT NULL,
	`state` text NOT NULL,
	`proposer_id` text,
	`approver_id` text,
	`decision_note` text,
	`work_ms` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`proposed_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `verdicts_item` ON `verdicts` (`item_type`,`item_id`,`proposed_at`);--> statement-breakpoint
CREATE INDEX `verdicts_case_state` ON `verdicts` (`case_id`,`state`,`proposer_id`);--> statement-breakpoint
CREATE TABLE `status_counts` (
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`status` text NOT NULL,
	`assignee_id` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`case_id`, `item_type`, `status`, `assignee_id`)
);
--> statement-breakpoint
CREATE TABLE `status_daily` (
	`case_id` text NOT NULL,
	`item_type` text NOT NULL,
	`day` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`case_id`, `item_type`, `day`, `status`)
);
--> statement-breakpoint
CREATE TABLE `presence` (
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`dispute_id` text,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `presence_case_seen` ON `presence` (`case_id`,`seen_at`);