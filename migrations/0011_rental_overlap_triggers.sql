-- No machine and no driver is ever booked twice at once: among confirmed rental items, an
-- overlap on the same machine or the same driver is refused inside the database, like bays
-- and mechanics. Touching edges are allowed; times are UTC ISO strings of one format.
CREATE TRIGGER `rental_items_check_insert` BEFORE INSERT ON `rental_items`
WHEN NEW.status = 'confirmed' AND NEW.deleted_at IS NULL
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
CREATE TRIGGER `rental_items_check_update` BEFORE UPDATE OF machine_id, driver_id, start_at, end_at, status, deleted_at ON `rental_items`
WHEN NEW.status = 'confirmed' AND NEW.deleted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.machine_id = NEW.machine_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
  SELECT RAISE(ABORT, 'rental_conflict') FROM rental_items o
   WHERE o.driver_id = NEW.driver_id AND o.end_at > NEW.start_at AND o.start_at < NEW.end_at
     AND o.id <> NEW.id AND o.status = 'confirmed' AND o.deleted_at IS NULL;
END;
