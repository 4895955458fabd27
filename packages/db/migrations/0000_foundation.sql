CREATE TABLE `sign_in_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_failures_email_at` ON `sign_in_failures` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_failures_ip_at` ON `sign_in_failures` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `case_members` (
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_members_user` ON `case_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`four_eyes` integer DEFAULT false NOT NULL,
	`stale_after_hours` integer DEFAULT 48 NOT NULL,
	`lexicon_override` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_name_unique` ON `cases` (`name`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`title` text NOT NULL,
	`outlet` text NOT NULL,
	`url` text,
	`published_date` text,
	`published_approximate` integer DEFAULT false NOT NULL,
	`language` text,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`source_name` text,
	`imported_by` text,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_case_hash` ON `documents` (`case_id`,`content_hash`);--> statement-breakpoint
CREATE INDEX `documents_case_imported` ON `documents` (`case_id`,`imported_at`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`text` text NOT NULL,
	`metric` text,
	`subject` text,
	`place` text,
	`as_of` text,
	`low` real,
	`high` real,
	`unit` text,
	`original_source` text,
	`score` real NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`assignee_id` text,
	`priority` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_document_span` ON `claims` (`document_id`,`span_start`);--> statement-breakpoint
CREATE INDEX `claims_case_status_score` ON `claims` (`case_id`,`status`,`score`);--> statement-breakpoint
CREATE INDEX `claims_case_metric` ON `claims` (`case_id`,`metric`);--> statement-breakpoint
CREATE TABLE `dispute_claims` (
	`dispute_id` text NOT NULL,
	`claim_id` text NOT NULL,
	PRIMARY KEY(`dispute_id`, `claim_id`),
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dispute_claims_claim` ON `dispute_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`key` text NOT NULL,
	`metric` text NOT NULL,
	`subject` text,
	`place` text,
	`as_of_from` text,
	`as_of_to` text,
	`primary_relation` text NOT NULL,
	`severity` real NOT NULL,
	`claim_count` integer NOT NULL,
	`independent_source_count` integer NOT NULL,
	`analysis` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`assignee_id` text,
	`priority` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`new_evidence` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disputes_case_severity` ON `disputes` (`case_id`,`severity`);--> statement-breakpoint
CREATE INDEX `disputes_case_status_assignee_updated` ON `disputes` (`case_id`,`status`,`assignee_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `disputes_case_relation` ON `disputes` (`case_id`,`primary_relation`);--> statement-breakpoint
CREATE INDEX `disputes_case_metric` ON `disputes` (`case_id`,`metric`);--> statement-breakpoint
CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_case_id` ON `activity` (`case_id`,`id`);--> statement-breakpoint
CREATE INDEX `activity_entity` ON `activity` (`entity_type`,`entity_id`,`id`);