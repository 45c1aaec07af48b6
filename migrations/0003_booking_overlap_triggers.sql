-- No bay and no mechanic is ever booked twice at once. These triggers refuse an overlapping
-- booking inside the database, so no code path, second window or second process can get
-- around the rule. Cancelled and no-show bookings hold nothing. Touching edges are allowed
-- (one booking may end at 10:00 and the next start at 10:00). Times are UTC ISO strings of
-- one fixed format, so comparing the text compares the times.
--
-- Plans: a bay is checked through bookings_bay_end_idx (same bay, ending after the new
-- start). A mechanic is checked by walking the bookings that end after the new start
-- (bookings_end_idx: only the recent and future ones) and looking each up in
-- booking_mechanics_booking_idx; CROSS JOIN pins that order so ten years of a mechanic's
-- history are never scanned.
CREATE TRIGGER `bookings_check_insert` BEFORE INSERT ON `bookings`
WHEN NEW.deleted_at IS NULL AND NEW.status NOT IN ('cancelled', 'no_show')
BEGIN
  SELECT RAISE(ABORT, 'booking_range') WHERE NEW.end_at <= NEW.start_at;
  SELECT RAISE(ABORT, 'booking_conflict') FROM bookings b
   WHERE b.bay_id = NEW.bay_id AND b.end_at > NEW.start_at AND b.start_at < NEW.end_at
     AND b.id <> NEW.id AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show');
END;
--> statement-breakpoint
CREATE TRIGGER `bookings_check_update` BEFORE UPDATE OF bay_id, start_at, end_at, status, deleted_at ON `bookings`
WHEN NEW.deleted_at IS NULL AND NEW.status NOT IN ('cancelled', 'no_show')
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
CREATE TRIGGER `booking_mechanics_check_insert` BEFORE INSERT ON `booking_mechanics`
WHEN NEW.deleted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'booking_conflict')
    FROM bookings nb CROSS JOIN bookings b CROSS JOIN booking_mechanics o
   WHERE nb.id = NEW.booking_id AND nb.deleted_at IS NULL AND nb.status NOT IN ('cancelled', 'no_show')
     AND b.end_at > nb.start_at AND b.start_at < nb.end_at AND b.id <> nb.id
     AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')
     AND o.booking_id = b.id AND o.employee_id = NEW.employee_id AND o.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `booking_mechanics_check_update` BEFORE UPDATE OF booking_id, employee_id, deleted_at ON `booking_mechanics`
WHEN NEW.deleted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'booking_conflict')
    FROM bookings nb CROSS JOIN bookings b CROSS JOIN booking_mechanics o
   WHERE nb.id = NEW.booking_id AND nb.deleted_at IS NULL AND nb.status NOT IN ('cancelled', 'no_show')
     AND b.end_at > nb.start_at AND b.start_at < nb.end_at AND b.id <> nb.id
     AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')
     AND o.booking_id = b.id AND o.employee_id = NEW.employee_id AND o.deleted_at IS NULL;
END;
