import { describe, it, expect } from 'vitest';
import { normFor, labourAmount, labourMinutes, divRound } from '../../src-main/catalogue/norms';

describe('labour arithmetic', () => {
  it.each([
    // hours ×100, quantity ×1000, rate kopecks/h → kopecks
    [100, 1000, 250000, 250000], // 1 h × 1 × 2 500 ₽
    [150, 1000, 250000, 375000], // 1.5 h
    [33, 1000, 100000, 33000],
    [33, 3000, 100001, 99001], // 0.99 h × 100 000.01… → 99 000.99 → 99 001
    [125, 500, 333333, 208333], // 0.625 h × 3 333.33 ₽ = 2 083.33 ₽
    [1, 1, 1, 0], // tiny amounts round to zero
    [5, 1000, 10, 1], // 0.5 kopeck rounds half away from zero
  ])('%i/100 h × %i/1000 × %i = %i kopecks', (h, q, rate, expected) => {
    expect(labourAmount(h, q, rate)).toBe(expected);
  });

  it('rounds halves away from zero on both signs', () => {
    expect(divRound(5n, 2n)).toBe(3);
    expect(divRound(-5n, 2n)).toBe(-3);
    expect(divRound(4n, 3n)).toBe(1);
  });

  it('turns standard hours into minutes', () => {
    expect(labourMinutes(150, 1000)).toBe(90);
    expect(labourMinutes(25, 2000)).toBe(30);
    expect(labourMinutes(1, 1000)).toBe(1); // 0.6 min rounds up to 1
  });
});

describe('norm for a vehicle', () => {
  const norms = [
    { vehicleClass: 'SUV', make: null, model: null, standardHoursX100: 200 },
    { vehicleClass: null, make: 'Toyota', model: null, standardHoursX100: 180 },
    { vehicleClass: null, make: 'Toyota', model: 'Land Cruiser Prado', standardHoursX100: 300 },
  ];
  it.each([
    ['no vehicle', null, 120],
    ['an unknown make', { make: 'Lada', model: 'Vesta' }, 120],
    ['the class', { make: 'Kia', model: 'Sportage', vehicleClass: 'SUV' }, 200],
    ['the make, over the class', { make: 'toyota', model: 'RAV4', vehicleClass: 'SUV' }, 180],
    ['make and model, most specific', { make: 'Toyota', model: 'Land Cruiser Prado', vehicleClass: 'SUV' }, 300],
  ])('%s', (_l, vehicle, expected) => {
    expect(normFor(120, norms, vehicle)).toBe(expected);
  });
});
