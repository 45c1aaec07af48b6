CREATE TABLE `inspection_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`inspection_id` text NOT NULL,
	`name` text NOT NULL,
	`data_url` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_photos_inspection_idx` ON `inspection_photos` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`work_order_id` text NOT NULL,
	`marks` text NOT NULL,
	`fuel_eighths` integer NOT NULL,
	`mileage_km` integer,
	`items_left` text,
	`notes` text,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_order_idx` ON `inspections` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`vehicle_id` text NOT NULL,
	`work_order_id` text,
	`text` text NOT NULL,
	`done_at` text,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommendations_vehicle_idx` ON `recommendations` (`vehicle_id`);--> statement-breakpoint
CREATE TABLE `work_order_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`work_order_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_order_events_order_idx` ON `work_order_events` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `work_order_labour` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`work_order_id` text NOT NULL,
	`operation_id` text,
	`code` text,
	`name` text NOT NULL,
	`hours_x100` integer NOT NULL,
	`rate_minor` integer NOT NULL,
	`quantity_x1000` integer NOT NULL,
	`discount_bp` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operation_id`) REFERENCES `operations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_order_labour_order_idx` ON `work_order_labour` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `work_order_labour_mechanics` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`labour_id` text NOT NULL,
	`employee_id` text NOT NULL,
	`share_bp` integer NOT NULL,
	FOREIGN KEY (`labour_id`) REFERENCES `work_order_labour`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_order_labour_mechanics_labour_idx` ON `work_order_labour_mechanics` (`labour_id`);--> statement-breakpoint
CREATE INDEX `work_order_labour_mechanics_employee_idx` ON `work_order_labour_mechanics` (`employee_id`);--> statement-breakpoint
CREATE TABLE `work_order_parts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`work_order_id` text NOT NULL,
	`item_id` text,
	`article` text,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`quantity_x1000` integer NOT NULL,
	`price_minor` integer NOT NULL,
	`discount_bp` integer NOT NULL,
	`customer_supplied` integer NOT NULL,
	`warehouse_id` text,
	`reservation_id` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_order_parts_order_idx` ON `work_order_parts` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`request_id` text,
	`booking_id` text,
	`customer_id` text NOT NULL,
	`payer_id` text NOT NULL,
	`vehicle_id` text,
	`mileage_km` integer,
	`complaint` text,
	`accepted_at` text,
	`promised_at` text,
	`completed_at` text,
	`issued_at` text,
	`advisor_id` text,
	`legal_entity_id` text,
	`total_minor` integer NOT NULL,
	`notes` text,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `repair_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_entity_id`) REFERENCES `legal_entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_orders_created_idx` ON `work_orders` (`created_at`);--> statement-breakpoint
CREATE INDEX `work_orders_status_idx` ON `work_orders` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_orders_customer_idx` ON `work_orders` (`customer_id`);--> statement-breakpoint
CREATE INDEX `work_orders_vehicle_idx` ON `work_orders` (`vehicle_id`);--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`invoice_id` text NOT NULL,
	`name` text NOT NULL,
	`quantity_x1000` integer NOT NULL,
	`unit` text NOT NULL,
	`price_minor` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice_idx` ON `invoice_lines` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`legal_entity_id` text NOT NULL,
	`payer_id` text NOT NULL,
	`work_order_id` text,
	`date` text NOT NULL,
	`due_date` text,
	`total_minor` integer NOT NULL,
	`vat_mode` text NOT NULL,
	`vat_rate_bp` integer NOT NULL,
	`vat_minor` integer NOT NULL,
	`cancelled_at` text,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_entity_id`) REFERENCES `legal_entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoices_payer_idx` ON `invoices` (`payer_id`);--> statement-breakpoint
CREATE INDEX `invoices_work_order_idx` ON `invoices` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`payer_id` text NOT NULL,
	`work_order_id` text,
	`invoice_id` text,
	`at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_work_order_idx` ON `payments` (`work_order_id`);--> statement-breakpoint
CREATE INDEX `payments_invoice_idx` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `payments_payer_idx` ON `payments` (`payer_id`);