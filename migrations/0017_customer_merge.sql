ALTER TABLE `customers` ADD `merged_into_id` text REFERENCES customers(id);--> statement-breakpoint
CREATE INDEX `customers_merged_into_idx` ON `customers` (`merged_into_id`);