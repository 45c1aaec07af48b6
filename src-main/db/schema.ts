export * from '../customers/schema';
export * from '../vehicles/schema';
export * from '../organisation/schema';
export * from '../staff/schema';
export * from '../scheduler/schema';
export * from '../catalogue/schema';
export * from '../requests/schema';
export * from '../stock/schema';
