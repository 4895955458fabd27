CREATE TABLE `dispute_views` (
	`user_id` text NOT NULL,
	`dispute_id` text NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `dispute_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `feed_items` (
	`feed_id` text NOT NULL,
	`item_key` text NOT NULL,
	`url` text,
	`title` text,
	`outcome` text NOT NULL,
	`reason` text,
	`document_id` text,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`feed_id`, `item_key`),
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`required_words` text NOT NULL,
	`interval_seconds` integer DEFAULT 900 NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`etag` text,
	`last_modified` text,
	`next_poll_at` integer NOT NULL,
	`last_polled_at` integer,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`items_imported` integer DEFAULT 0 NOT NULL,
	`lease_owner` text,
	`lease_until` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_case_url` ON `feeds` (`case_id`,`url`);--> statement-breakpoint
CREATE INDEX `feeds_next_poll` ON `feeds` (`next_poll_at`);--> statement-breakpoint
ALTER TABLE `documents` ADD `canonical_url` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `html_hash` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `fetched_at` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `author` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `modified_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `revision_of` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_case_canonical` ON `documents` (`case_id`,`canonical_url`) WHERE canonical_url IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_case_html_hash` ON `documents` (`case_id`,`html_hash`) WHERE html_hash IS NOT NULL;