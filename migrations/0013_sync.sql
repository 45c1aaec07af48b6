CREATE TABLE `sync_applying` (
	`on` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`details` text NOT NULL,
	`detected_at` text NOT NULL,
	`resolved_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_conflicts_subject_unique` ON `sync_conflicts` (`subject`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`change_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`hlc` text NOT NULL,
	`scope` text NOT NULL,
	`fields` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_row_clocks` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`scope` text NOT NULL,
	`clocks` text NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
