/**
 * The scheduler's hot queries. Bookings may last at most `maxBookingDays`, so a window query
 * reads only bookings starting in [from − max, to) through bookings_start_idx instead of
 * every booking that ends after `from`.
 */
export const maxBookingDays = 31;

export const bookingQueries = {
  inWindow: `SELECT b.id, b.bay_id AS bayId, b.start_at AS start, b.end_at AS end, b.status, b.customer_id AS customerId,
      b.vehicle_id AS vehicleId, b.note, c.name AS customerName, v.plate AS vehiclePlate,
      trim(coalesce(v.make, '') || ' ' || coalesce(v.model, '')) AS vehicleTitle,
      r.id AS requestId, r.number AS requestNumber
    FROM bookings b
    LEFT JOIN customers c ON c.id = b.customer_id
    LEFT JOIN vehicles v ON v.id = b.vehicle_id
    LEFT JOIN repair_requests r ON r.booking_id = b.id AND r.deleted_at IS NULL
    WHERE b.start_at >= ? AND b.start_at < ? AND b.end_at > ? AND b.deleted_at IS NULL
      AND (? = 1 OR b.status NOT IN ('cancelled', 'no_show'))
    ORDER BY b.start_at`,
  mechanicsOf: `SELECT booking_id AS bookingId, employee_id AS employeeId FROM booking_mechanics
    WHERE booking_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  /** What blocks [start, end) on a bay (the same rule as the trigger). */
  bayBlockers: `SELECT id FROM bookings WHERE bay_id = ? AND end_at > ? AND start_at < ? AND id <> ?
      AND deleted_at IS NULL AND status NOT IN ('cancelled', 'no_show') LIMIT 1`,
  /** What blocks [start, end) for a mechanic. */
  mechanicBlockers: `SELECT b.id FROM bookings b CROSS JOIN booking_mechanics m
    WHERE m.booking_id = b.id AND m.employee_id = ? AND m.deleted_at IS NULL AND b.end_at > ? AND b.start_at < ? AND b.id <> ?
      AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show') LIMIT 1`,
  busyOfBay: `SELECT start_at AS start, end_at AS end FROM bookings WHERE bay_id = ? AND end_at > ? AND start_at < ?
      AND deleted_at IS NULL AND status NOT IN ('cancelled', 'no_show')`,
  busyOfMechanic: `SELECT b.start_at AS start, b.end_at AS end FROM bookings b CROSS JOIN booking_mechanics m
    WHERE m.booking_id = b.id AND m.employee_id = ? AND m.deleted_at IS NULL AND b.end_at > ? AND b.start_at < ?
      AND b.deleted_at IS NULL AND b.status NOT IN ('cancelled', 'no_show')`,
};
