CREATE TABLE `customer_search_docs` (
	`doc_id` integer PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_search_docs_customer_id_unique` ON `customer_search_docs` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`phones` text NOT NULL,
	`email` text,
	`messengers` text NOT NULL,
	`consent_to_messages` integer NOT NULL,
	`inn` text,
	`kpp` text,
	`discount_pct` integer NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `customers_name_idx` ON `customers` (`name`);--> statement-breakpoint
CREATE TABLE `mileage_readings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`vehicle_id` text NOT NULL,
	`km` integer NOT NULL,
	`read_at` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mileage_readings_vehicle_idx` ON `mileage_readings` (`vehicle_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `vehicle_owners` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`vehicle_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`from_at` text NOT NULL,
	`to_at` text,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vehicle_owners_vehicle_idx` ON `vehicle_owners` (`vehicle_id`);--> statement-breakpoint
CREATE INDEX `vehicle_owners_customer_idx` ON `vehicle_owners` (`customer_id`);--> statement-breakpoint
CREATE TABLE `vehicles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`customer_id` text NOT NULL,
	`plate` text,
	`vin` text,
	`make` text NOT NULL,
	`model` text NOT NULL,
	`year` integer,
	`colour` text,
	`notes` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vehicles_customer_idx` ON `vehicles` (`customer_id`);--> statement-breakpoint
CREATE INDEX `vehicles_plate_idx` ON `vehicles` (`plate`);--> statement-breakpoint
CREATE INDEX `vehicles_vin_idx` ON `vehicles` (`vin`);--> statement-breakpoint
CREATE TABLE `branches` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`doc_prefix` text NOT NULL,
	`time_zone` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `legal_entities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`inn` text NOT NULL,
	`kpp` text,
	`ogrn` text,
	`address` text NOT NULL,
	`phone` text,
	`bank_name` text,
	`bic` text,
	`bank_account` text,
	`corr_account` text,
	`vat_mode` text NOT NULL,
	`vat_rate_bp` integer NOT NULL,
	`is_default` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `local_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
