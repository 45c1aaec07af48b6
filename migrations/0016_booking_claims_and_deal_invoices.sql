CREATE TABLE `sync_booking_claims` (
	`booking_id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`holder_id` text
);
--> statement-breakpoint
CREATE INDEX `invoices_deal_idx` ON `invoices` (`deal_id`);