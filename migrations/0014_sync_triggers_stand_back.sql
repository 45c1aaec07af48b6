-- While pulled changes are applied (sync_applying holds a row, inside that transaction only),
-- the overlap and reservation checks stand back: a change made on another desk is a fact, and
-- what clashes is listed as a conflict for a person instead (docs/sync.md). Same triggers as
-- 0003, 0005 and 0011 otherwise.
DROP TRIGGER `bookings_check_insert`;
--> statement-breakpoint
CREATE TRIGGER `bookings_check_insert` BEFORE INSERT ON `bookings`
WHEN NEW.deleted_at IS NULL AND NEW.status NOT IN ('cancelled', 'no_show') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'booking_conflict') FROM bookings b
   WHERE b.bay_id = NEW.bay_id AND b.end_at > NEW.start_at AND b.start_at < NEW.end_at
     AND b.id <> NEW.id AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show');
END;
--> statement-breakpoint
DROP TRIGGER `bookings_check_update`;
--> statement-breakpoint
CREATE TRIGGER `bookings_check_update` BEFORE UPDATE OF bay_id, start_at, end_at, status, deleted_at ON `bookings`
WHEN NEW.deleted_at IS NULL AND NEW.status NOT IN ('cancelled', 'no_show') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'booking_conflict') FROM bookings b
   WHERE b.bay_id = NEW.bay_id AND b.end_at > NEW.start_at AND b.start_at < NEW.end_at
     AND b.id <> NEW.id AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show');
  SELECT RAISE(ABORT, 'booking_conflict')
    FROM bookings b CROSS JOIN booking_mechanics o CROSS JOIN booking_mechanics m
   WHERE b.end_at > NEW.start_at AND b.start_at < NEW.end_at AND b.id <> NEW.id
     AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')
     AND o.booking_id = b.id AND o.deleted_at IS NULL
     AND m.booking_id = NEW.id AND m.employee_id = o.employee_id AND m.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `booking_mechanics_check_insert`;
--> statement-breakpoint
CREATE TRIGGER `booking_mechanics_check_insert` BEFORE INSERT ON `booking_mechanics`
WHEN NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_conflict')
    FROM bookings nb CROSS JOIN bookings b CROSS JOIN booking_mechanics o
   WHERE nb.id = NEW.booking_id AND nb.deleted_at IS NULL AND nb.status NOT IN ('cancelled', 'no_show')
     AND b.end_at > nb.start_at AND b.start_at < nb.end_at AND b.id <> nb.id
     AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')
     AND o.booking_id = b.id AND o.employee_id = NEW.employee_id AND o.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `booking_mechanics_check_update`;
--> statement-breakpoint
CREATE TRIGGER `booking_mechanics_check_update` BEFORE UPDATE OF booking_id, employee_id, deleted_at ON `booking_mechanics`
WHEN NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_conflict')
    FROM bookings nb CROSS JOIN bookings b CROSS JOIN booking_mechanics o
   WHERE nb.id = NEW.booking_id AND nb.deleted_at IS NULL AND nb.status NOT IN ('cancelled', 'no_show')
     AND b.end_at > nb.start_at AND b.start_at < nb.end_at AND b.id <> nb.id
     AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')
     AND o.booking_id = b.id AND o.employee_id = NEW.employee_id AND o.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `reservations_check_insert`;
--> statement-breakpoint
CREATE TRIGGER `reservations_check_insert` BEFORE INSERT ON `reservations`
WHEN NEW.status = 'active' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'over_reservation')
   WHERE coalesce((SELECT qty_x1000 FROM stock_balances WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id), 0)
       - coalesce((SELECT sum(qty_x1000) FROM reservations WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id AND status = 'active' AND deleted_at IS NULL), 0)
       - NEW.qty_x1000 < 0;
END;
--> statement-breakpoint
DROP TRIGGER `reservations_check_update`;
--> statement-breakpoint
CREATE TRIGGER `reservations_check_update` BEFORE UPDATE OF qty_x1000, status, deleted_at ON `reservations`
WHEN NEW.status = 'active' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'over_reservation')
   WHERE coalesce((SELECT qty_x1000 FROM stock_balances WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id), 0)
       - coalesce((SELECT sum(qty_x1000) FROM reservations WHERE item_id = NEW.item_id AND warehouse_id = NEW.warehouse_id AND status = 'active' AND deleted_at IS NULL AND id <> NEW.id), 0)
       - NEW.qty_x1000 < 0;
END;
--> statement-breakpoint
DROP TRIGGER `rental_items_check_insert`;
--> statement-breakpoint
CREATE TRIGGER `rental_items_check_insert` BEFORE INSERT ON `rental_items`
WHEN NEW.status = 'confirmed' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.machine_id = NEW.machine_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.driver_id = NEW.driver_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `rental_items_check_update`;
--> statement-breakpoint
CREATE TRIGGER `rental_items_check_update` BEFORE UPDATE OF machine_id, driver_id, start_at, end_at, status, deleted_at ON `rental_items`
WHEN NEW.status = 'confirmed' AND NEW.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.machine_id = NEW.machine_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.driver_id = NEW.driver_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
END;
