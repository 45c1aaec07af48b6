/** The classes labour norms can differ by (the European segments, plus SUV, light commercial, truck); vehicles.* accepts these. */
export const vehicleClasses = ['A', 'B', 'C', 'D', 'E', 'F', 'SUV', 'LCV', 'truck'] as const;
export type VehicleClass = (typeof vehicleClasses)[number];
