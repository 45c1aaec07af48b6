CREATE TABLE `work_order_paid` (
	`work_order_id` text PRIMARY KEY NOT NULL,
	`paid_minor` integer NOT NULL
);
