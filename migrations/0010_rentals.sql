CREATE TABLE `drivers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`phone` text,
	`employee_id` text,
	`third_party` integer NOT NULL,
	`supplier_id` text,
	`cost_per_hour_minor` integer NOT NULL,
	`active` integer NOT NULL,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supplier_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `machine_types` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `machines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`type_id` text NOT NULL,
	`model` text NOT NULL,
	`capacity_kg` integer NOT NULL,
	`plate` text NOT NULL,
	`ownership` text NOT NULL,
	`supplier_id` text,
	`hourly_rate_minor` integer NOT NULL,
	`min_hours_x100` integer NOT NULL,
	`rate_per_km_minor` integer NOT NULL,
	`supplier_cost_per_hour_minor` integer,
	`active` integer NOT NULL,
	FOREIGN KEY (`type_id`) REFERENCES `machine_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supplier_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `machines_type_idx` ON `machines` (`type_id`);--> statement-breakpoint
CREATE TABLE `rental_deals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`number` text NOT NULL,
	`customer_id` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`site_address` text,
	`legal_entity_id` text,
	`stage` text NOT NULL,
	`lost_reason` text,
	`notes` text,
	`lead_id` text,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_entity_id`) REFERENCES `legal_entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rental_deals_customer_idx` ON `rental_deals` (`customer_id`);--> statement-breakpoint
CREATE TABLE `rental_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`deal_id` text NOT NULL,
	`machine_type_id` text NOT NULL,
	`machine_id` text,
	`driver_id` text,
	`start_at` text NOT NULL,
	`end_at` text NOT NULL,
	`rate_minor` integer NOT NULL,
	`min_hours_x100` integer NOT NULL,
	`ordered_hours_x100` integer NOT NULL,
	`ordered_km` integer NOT NULL,
	`rate_per_km_minor` integer NOT NULL,
	`status` text NOT NULL,
	`supply` integer NOT NULL,
	`supplier_id` text,
	`supplier_cost_per_hour_minor` integer,
	`supply_plate` text,
	`supply_driver_name` text,
	`notes` text,
	`overtime_invoice_id` text,
	FOREIGN KEY (`deal_id`) REFERENCES `rental_deals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`machine_type_id`) REFERENCES `machine_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`machine_id`) REFERENCES `machines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`driver_id`) REFERENCES `drivers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supplier_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rental_items_deal_idx` ON `rental_items` (`deal_id`);--> statement-breakpoint
CREATE INDEX `rental_items_machine_idx` ON `rental_items` (`machine_id`,`end_at`);--> statement-breakpoint
CREATE INDEX `rental_items_driver_idx` ON `rental_items` (`driver_id`,`end_at`);--> statement-breakpoint
CREATE INDEX `rental_items_start_idx` ON `rental_items` (`start_at`);--> statement-breakpoint
CREATE TABLE `waybills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item_id` text NOT NULL,
	`actual_start_at` text NOT NULL,
	`actual_end_at` text NOT NULL,
	`downtime_hours_x100` integer NOT NULL,
	`km` integer NOT NULL,
	`odometer_start` integer,
	`odometer_end` integer,
	`engine_hours_start_x100` integer,
	`engine_hours_end_x100` integer,
	`billable_hours_x100` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `rental_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `waybills_item_idx` ON `waybills` (`item_id`);--> statement-breakpoint
ALTER TABLE `invoices` ADD `deal_id` text;--> statement-breakpoint
ALTER TABLE `invoices` ADD `rental_item_id` text;