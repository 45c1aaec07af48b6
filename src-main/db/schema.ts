export * from '../customers/schema';
export * from '../vehicles/schema';
export * from '../organisation/schema';
