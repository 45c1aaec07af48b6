-- Availability looks only at confirmed items, machine by machine and driver by driver (partial
-- indexes), and the rental reports find a period's trips by the waybill's actual start.
CREATE INDEX `rental_items_confirmed_machine_idx` ON `rental_items` (`machine_id`,`end_at`,`start_at`) WHERE status = 'confirmed' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `rental_items_confirmed_driver_idx` ON `rental_items` (`driver_id`,`end_at`,`start_at`) WHERE status = 'confirmed' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `waybills_start_idx` ON `waybills` (`actual_start_at`) WHERE deleted_at IS NULL;