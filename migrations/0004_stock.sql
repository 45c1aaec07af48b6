CREATE TABLE `item_analogues` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item_id` text NOT NULL,
	`analogue_id` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`analogue_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_analogues_item_idx` ON `item_analogues` (`item_id`);--> statement-breakpoint
CREATE TABLE `item_barcodes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item_id` text NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_barcodes_code_idx` ON `item_barcodes` (`code`);--> statement-breakpoint
CREATE INDEX `item_barcodes_item_idx` ON `item_barcodes` (`item_id`);--> statement-breakpoint
CREATE TABLE `item_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`markup_bp` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `item_min_levels` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`min_qty_x1000` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_min_levels_item_idx` ON `item_min_levels` (`item_id`,`warehouse_id`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`article` text,
	`article_key` text,
	`brand` text,
	`unit` text NOT NULL,
	`group_id` text,
	`purchase_price_minor` integer NOT NULL,
	`sale_price_minor` integer,
	`vat_rate_bp` integer NOT NULL,
	`notes` text,
	`active` integer NOT NULL,
	`search_text` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `item_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `items_article_key_idx` ON `items` (`article_key`);--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`);--> statement-breakpoint
CREATE INDEX `items_group_idx` ON `items` (`group_id`);--> statement-breakpoint
CREATE TABLE `reservations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`qty_x1000` integer NOT NULL,
	`for_kind` text NOT NULL,
	`for_id` text NOT NULL,
	`status` text NOT NULL,
	`issue_document_id` text,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reservations_item_idx` ON `reservations` (`item_id`,`warehouse_id`,`status`);--> statement-breakpoint
CREATE INDEX `reservations_for_idx` ON `reservations` (`for_kind`,`for_id`);--> statement-breakpoint
CREATE TABLE `stock_balances` (
	`item_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`qty_x1000` integer NOT NULL,
	`value_minor` integer NOT NULL,
	PRIMARY KEY(`item_id`, `warehouse_id`)
);
--> statement-breakpoint
CREATE INDEX `stock_balances_warehouse_idx` ON `stock_balances` (`warehouse_id`);--> statement-breakpoint
CREATE TABLE `stock_document_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`document_id` text NOT NULL,
	`item_id` text NOT NULL,
	`qty_x1000` integer NOT NULL,
	`price_minor` integer NOT NULL,
	`counted_x1000` integer,
	`position` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_document_lines_doc_idx` ON `stock_document_lines` (`document_id`);--> statement-breakpoint
CREATE TABLE `stock_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`date` text NOT NULL,
	`supplier_id` text,
	`supplier_doc_number` text,
	`from_warehouse_id` text,
	`to_warehouse_id` text,
	`reverses_id` text,
	`note` text,
	`posted_at` text,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supplier_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_documents_kind_idx` ON `stock_documents` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `stock_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`item_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`qty_x1000` integer NOT NULL,
	`value_minor` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_moves_item_idx` ON `stock_moves` (`item_id`,`at`);--> statement-breakpoint
CREATE INDEX `stock_moves_doc_idx` ON `stock_moves` (`document_id`);--> statement-breakpoint
CREATE TABLE `warehouses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`active` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `customers` ADD `is_supplier` integer DEFAULT false NOT NULL;