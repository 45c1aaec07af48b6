/**
 * Who holds a machine or a driver over [start, end): confirmed items only, sought machine by
 * machine of the type and driver by driver through rental_items_confirmed_machine_idx and
 * rental_items_confirmed_driver_idx, so years of done trips are never read. Named, because
 * without statistics SQLite would take rental_items_machine_idx and read every later item;
 * CROSS JOIN keeps the few machines or drivers as the outer loop.
 */
export const availabilityQueries = {
  /** Busy machines of a type: type id, start, end. */
  busyMachines: `SELECT DISTINCT i.machine_id FROM machines m
    CROSS JOIN rental_items i INDEXED BY rental_items_confirmed_machine_idx
    WHERE m.type_id = ? AND i.machine_id = m.id AND i.status = 'confirmed' AND i.deleted_at IS NULL AND i.end_at > ? AND i.start_at < ?`,
  /** Busy active drivers: start, end. */
  busyDrivers: `SELECT DISTINCT i.driver_id FROM drivers d
    CROSS JOIN rental_items i INDEXED BY rental_items_confirmed_driver_idx
    WHERE d.active = 1 AND d.deleted_at IS NULL AND i.driver_id = d.id AND i.status = 'confirmed' AND i.deleted_at IS NULL AND i.end_at > ? AND i.start_at < ?`,
};
